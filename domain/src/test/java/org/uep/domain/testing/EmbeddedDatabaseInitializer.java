package org.uep.domain.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code @ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)}: use the shared embedded PostgreSQL. */
public class EmbeddedDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(EmbeddedDatabase.springProperties()).applyTo(context.getEnvironment());
    }
}
