package org.uep.workers.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the Camunda client at the shared in-JVM engine (gRPC, self-managed, no REST). */
public class InJvmEngineInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "camunda.client.mode=self-managed",
                "camunda.client.prefer-rest-over-grpc=false",
                "camunda.client.grpc-address=" + InJvmEngine.grpcAddress(InJvmEngine.shared()),
                "camunda.client.worker.defaults.stream-enabled=true"
        ).applyTo(context.getEnvironment());
    }
}
