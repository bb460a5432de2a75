package org.uep.app.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.uep.app.UepApplication;
import org.uep.domain.testing.EmbeddedDatabaseInitializer;
import org.uep.workers.testing.InJvmEngineInitializer;

/**
 * The whole app on a random port, against the in-JVM engine, embedded PostgreSQL and the shared real Keycloak,
 * with a domain clock that {@link TimeTravel} moves together with the engine's.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = UepApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"uep.evidence.store.root=${java.io.tmpdir}/uep-app-test-evidence", "uep.inbox.sweep.interval=PT2S"})
@ContextConfiguration(initializers = {
        EmbeddedDatabaseInitializer.class, InJvmEngineInitializer.class, KeycloakInitializer.class})
@Import(TimeTravel.class)
public @interface UepIntegrationTest {}
