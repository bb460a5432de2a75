package org.uep.workers;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Domain + workers against the in-JVM engine and embedded PostgreSQL (no API, no identity). */
@SpringBootApplication(scanBasePackages = {"org.uep.domain", "org.uep.workers"})
@EntityScan("org.uep.domain")
@EnableJpaRepositories("org.uep.domain")
public class WorkersTestApplication {}
