package org.uep.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the domain alone (JPA, Flyway, services) for repository and service tests. */
@SpringBootApplication
public class DomainTestApplication {}
