package org.uep.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** UEP, the one deployable: API, workers and the outbox dispatcher, each switchable by configuration. */
@SpringBootApplication(scanBasePackages = "org.uep")
@EntityScan("org.uep.domain")
@EnableJpaRepositories("org.uep.domain")
public class UepApplication {

    public static void main(String[] args) {
        SpringApplication.run(UepApplication.class, args);
    }
}
