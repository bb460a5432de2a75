package org.uep.identity;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/**
 * Brings UEP's security configuration into any Spring Boot application that has this module on its classpath,
 * whatever packages it scans. Runs before Boot's security auto-configurations so that their default filter chains
 * (which only exist when no SecurityFilterChain is defined) step aside.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientWebSecurityAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ApiSecurityConfiguration.class, ConsoleSecurityConfiguration.class, CurrentOfficerWebConfiguration.class})
public class IdentityAutoConfiguration {
}
