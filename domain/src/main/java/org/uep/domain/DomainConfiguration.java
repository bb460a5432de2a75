package org.uep.domain;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Domain wiring. Time comes from one injectable clock so tests can move it with the engine's. */
@Configuration(proxyBeanMethods = false)
public class DomainConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
