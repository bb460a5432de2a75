package org.uep.app;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.uep.domain.RetryBackoff;

/**
 * Deploys every shipped BPMN model at start-up. Unlike the SDK's @Deployment it does not fail the start
 * when the engine is briefly unavailable: it keeps trying in the background (the engine ignores a
 * re-deployment of unchanged models). Starts queued meanwhile wait in the outbox.
 */
@Component
@ConditionalOnProperty(name = "uep.deployment.enabled", havingValue = "true", matchIfMissing = true)
class ProcessDeployer {

    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);
    static final String MODELS = "classpath*:bpmn/*.bpmn";
    static final RetryBackoff BACKOFF = new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final CamundaClient client;
    private final Duration requestTimeout;
    private final CompletableFuture<DeploymentEvent> deployed = new CompletableFuture<>();

    ProcessDeployer(CamundaClient client, @Value("${uep.deployment.request-timeout:PT10S}") Duration requestTimeout) {
        this.client = client;
        this.requestTimeout = requestTimeout;
    }

    @EventListener(ApplicationReadyEvent.class)
    void deployInBackground() {
        Thread.ofVirtual().name("uep-deployer").start(() -> {
            for (int attempt = 0; !deployed.isDone(); attempt++) {
                try {
                    DeploymentEvent event = deploy();
                    log.info("Deployed {} process model(s): {}", event.getProcesses().size(),
                            event.getProcesses().stream().map(p -> p.getBpmnProcessId() + " v" + p.getVersion()).toList());
                    deployed.complete(event);
                } catch (RuntimeException e) {
                    Duration wait = BACKOFF.after(attempt);
                    log.warn("Engine not reachable for deployment ({}); retrying in {} s", e.getMessage(), wait.toSeconds());
                    try {
                        Thread.sleep(wait);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        });
    }

    /** Waits for the first successful deployment (tests, readiness). */
    DeploymentEvent awaitDeployed(Duration timeout) throws Exception {
        return deployed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private DeploymentEvent deploy() {
        try {
            Resource[] models = new PathMatchingResourcePatternResolver().getResources(MODELS);
            if (models.length == 0) {
                throw new IllegalStateException("no BPMN models found at " + MODELS);
            }
            DeployResourceCommandStep1.DeployResourceCommandStep2 command = null;
            for (Resource model : models) {
                try (InputStream in = model.getInputStream()) {
                    command = (command == null ? client.newDeployResourceCommand() : command)
                            .addResourceBytes(in.readAllBytes(), model.getFilename());
                }
            }
            return command.requestTimeout(requestTimeout).send().join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
