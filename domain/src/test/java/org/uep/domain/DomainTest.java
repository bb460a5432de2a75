package org.uep.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.uep.domain.testing.EmbeddedDatabaseInitializer;

/**
 * A domain test against real PostgreSQL with Flyway-migrated schema. Not a web application: the servlet API is on the
 * test class path only for the S3 test server, and would otherwise make Spring Boot start a (mock) servlet context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = DomainTestApplication.class, properties = {
        "uep.evidence.store.root=${java.io.tmpdir}/uep-domain-test-evidence", "spring.main.web-application-type=none"})
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
public @interface DomainTest {}
