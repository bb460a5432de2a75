package org.uep.domain.failure;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.RetryBackoff;

/** Records technical job failures and says how long to wait before the engine retries the job. */
@Service
public class JobFailures {

    static final RetryBackoff BACKOFF = new RetryBackoff(Duration.ofSeconds(5), Duration.ofMinutes(10));
    static final int MAX_MESSAGE_LENGTH = 4000;

    private final JobFailureRepository failures;
    private final Clock clock;

    public JobFailures(JobFailureRepository failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /**
     * Records the failure in its own transaction (the failed work rolled back; the record of it must not)
     * and returns the retry back-off: 5 s, 10 s, 20 s … per earlier failure of the same job, capped at 10 min.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Duration record(long jobKey, String jobType, long processInstanceKey, String elementId, int retriesLeft,
                           String errorMessage) {
        long earlier = failures.countByJobKey(jobKey);
        String message = errorMessage == null ? "(no message)" : errorMessage;
        if (message.length() > MAX_MESSAGE_LENGTH) {
            message = message.substring(0, MAX_MESSAGE_LENGTH);
        }
        failures.save(new JobFailure(jobKey, jobType, processInstanceKey, elementId, retriesLeft, message, clock.instant()));
        return BACKOFF.after(earlier);
    }

    @Transactional(readOnly = true)
    public List<JobFailure> ofProcessInstance(long processInstanceKey) {
        return failures.findByProcessInstanceKeyOrderById(processInstanceKey);
    }
}
