package org.uep.app.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the app at the one real Keycloak the test run shares (started on first use). */
public class KeycloakInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        KeycloakServer keycloak = KeycloakServer.shared(KeycloakServer.TEST_PORT);
        TestPropertyValues.of("uep.keycloak.url=" + keycloak.baseUrl()).applyTo(context.getEnvironment());
    }
}
