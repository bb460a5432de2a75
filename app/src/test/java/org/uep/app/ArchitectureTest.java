package org.uep.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.camunda.client.annotation.JobWorker;

/** The module rules of ARCHITECTURE.md, checked over the production classes of every module. */
@AnalyzeClasses(packages = "org.uep", importOptions = ArchitectureTest.ProductionOnly.class)
class ArchitectureTest {

    /** Test classes of every module, whether a module's test-classes folder or its published test-jar. */
    static final class ProductionOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule domainKnowsNoEngine = noClasses().that().resideInAPackage("org.uep.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.camunda..", "io.grpc..")
            .because("the domain is the system of record; only workers talk to the engine");

    @ArchTest
    static final ArchRule domainKnowsNoOuterModule = noClasses().that().resideInAPackage("org.uep.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.uep.workers..", "org.uep.api..",
                    "org.uep.identity..", "org.uep.app..");

    @ArchTest
    static final ArchRule apiKnowsNoEngine = noClasses().that().resideInAPackage("org.uep.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.camunda..", "org.uep.workers..")
            .because("people's requests change PostgreSQL; the outbox tells the engine after commit");

    @ArchTest
    static final ArchRule identityStandsAlone = noClasses().that().resideInAPackage("org.uep.identity..")
            .should().dependOnClassesThat().resideInAnyPackage("org.uep.domain..", "org.uep.workers..", "org.uep.api..");

    @ArchTest
    static final ArchRule jobWorkersLiveInWorkers = methods().that().areAnnotatedWith(JobWorker.class)
            .should().beDeclaredInClassesThat().resideInAPackage("org.uep.workers..");

    @ArchTest
    static final ArchRule noTestEngineInProduction = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("io.camunda.zeebe.process.test..", "io.camunda.zeebe.engine..")
            .because("the in-JVM engine is under Camunda's licence: tests and local runs only");
}
