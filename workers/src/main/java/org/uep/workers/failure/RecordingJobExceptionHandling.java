package org.uep.workers.failure;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uep.domain.failure.JobFailures;

/**
 * A technical error in a worker fails the job with one retry fewer and an exponential retry back-off; the
 * error message (the innermost cause's, not a stack trace) is kept in UEP's job_failure table and given
 * to the engine, which raises an incident at zero retries. BPMN errors (business outcomes) go to the
 * SDK's default handling.
 */
class RecordingJobExceptionHandling implements JobExceptionHandlingStrategy {

    private static final Logger log = LoggerFactory.getLogger(RecordingJobExceptionHandling.class);

    private final JobExceptionHandlingStrategy sdkDefault;
    private final JobFailures failures;

    RecordingJobExceptionHandling(JobExceptionHandlingStrategy sdkDefault, JobFailures failures) {
        this.sdkDefault = sdkDefault;
        this.failures = failures;
    }

    @Override
    public void handleException(Exception exception, ExceptionHandlingContext context) throws Exception {
        if (exception instanceof BpmnError) {
            sdkDefault.handleException(exception, context);
            return;
        }
        ActivatedJob job = context.job();
        int retriesLeft = Math.max(job.getRetries() - 1, 0);
        String message = describe(exception);
        Duration backoff = failures.record(job.getKey(), job.getType(), job.getProcessInstanceKey(), job.getElementId(),
                retriesLeft, message);
        log.warn("Job {} ({}) failed, {} retries left, next try in {} s", job.getKey(), job.getType(), retriesLeft,
                backoff.toSeconds(), exception);
        context.jobClient().newFailCommand(job.getKey()).retries(retriesLeft).retryBackoff(backoff).errorMessage(message)
                .send()
                .exceptionally(e -> {
                    // The job times out and is retried anyway; the failure is already on record.
                    log.warn("Could not report the failure of job {} to the engine: {}", job.getKey(), e.toString());
                    return null;
                });
    }

    /** The message of the innermost cause: the SDK wraps worker exceptions in reflection wrappers. */
    static String describe(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getName() : root.getMessage();
    }
}
