package org.uep.workers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.uep.domain.testing.EmbeddedDatabaseInitializer;
import org.uep.workers.testing.InJvmEngineInitializer;

/** Workers live against the shared in-JVM engine and real PostgreSQL. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = WorkersTestApplication.class)
@ContextConfiguration(initializers = {EmbeddedDatabaseInitializer.class, InJvmEngineInitializer.class})
public @interface WorkersTest {}
