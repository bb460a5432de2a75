package org.uep.workers.failure;

import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.uep.domain.failure.JobFailures;

/** Replaces the Spring SDK's job exception handling, which steps aside when this bean exists. */
@Configuration(proxyBeanMethods = false)
class FailureHandlingConfiguration {

    @Bean
    JobExceptionHandlingStrategy jobExceptionHandlingStrategy(CommandExceptionHandlingStrategy commands,
                                                              MetricsRecorder metrics, JobFailures failures) {
        return new RecordingJobExceptionHandling(new DefaultJobExceptionHandlingStrategy(commands, metrics), failures);
    }
}
