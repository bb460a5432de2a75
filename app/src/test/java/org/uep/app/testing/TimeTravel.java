package org.uep.app.testing;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.uep.domain.testing.MovableClock;

/** Moves the engine's clock and the domain's clock together, so engine timers and domain deadlines agree. */
@TestConfiguration(proxyBeanMethods = false)
public class TimeTravel {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }

    public static void advance(ZeebeTestEngine engine, MovableClock clock, Duration by) {
        clock.advance(by);
        engine.increaseTime(by);
    }
}
