package org.uep.domain.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** For tests that set the domain's time to absolute instants: {@code @Import(SettableTime.class)}. */
@TestConfiguration(proxyBeanMethods = false)
public class SettableTime {

    @Bean
    @Primary
    SettableClock settableClock() {
        return new SettableClock();
    }
}
