package org.uep.processes.testing;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * A fresh in-JVM engine per test with its models deployed (one deployment); closing it stops the engine. A process
 * with a call activity is deployed together with the processes it calls.
 */
public final class ModelEngine implements AutoCloseable {

    private static final Duration IDLE = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ZeebeTestEngine engine;
    private final ZeebeClient client;
    /** Also usable off the test thread, where BpmnAssert's thread-local stream is not set. */
    private final RecordStream records;
    /** The in-JVM engine's clock is the wall clock plus every {@code increaseTime} so far. */
    private Duration timeTravelled = Duration.ZERO;

    /** A model to deploy: its classpath resource and the id of the process it holds. */
    public record Model(String resource, String processId) {}

    private ModelEngine(Model... models) {
        if (models.length == 0) {
            throw new IllegalArgumentException("no model to deploy");
        }
        engine = EngineFactory.create();
        engine.start();
        client = engine.createClient();
        records = RecordStream.of(engine.getRecordStreamSource());
        BpmnAssert.initRecordStream(records);
        var command = client.newDeployResourceCommand().addResourceFromClasspath(models[0].resource());
        for (Model model : Arrays.copyOfRange(models, 1, models.length)) {
            command = command.addResourceFromClasspath(model.resource());
        }
        var deployment = command.send().join();
        assertThat(deployment).containsProcessesByBpmnProcessId(
                Arrays.stream(models).map(Model::processId).toArray(String[]::new));
    }

    /** One model. */
    public static ModelEngine deploying(String resource, String processId) {
        return new ModelEngine(new Model(resource, processId));
    }

    /** Several models in one deployment, e.g. a process and the processes its call activities call. */
    public static ModelEngine deploying(Model... models) {
        return new ModelEngine(models);
    }

    public ZeebeTestEngine engine() {
        return engine;
    }

    public ZeebeClient client() {
        return client;
    }

    public RecordStream records() {
        return records;
    }

    /** The engine's clock: wall clock plus the time travelled so far. */
    public Instant engineNow() {
        return Instant.now().plus(timeTravelled);
    }

    /** Time travel to {@code target} (never backwards), then let the engine settle. */
    public void advanceTo(Instant target) {
        Duration step = Duration.between(engineNow(), target);
        if (!step.isPositive()) {
            throw new AssertionError("time travel to " + target + " does not go forward");
        }
        engine.increaseTime(step);
        timeTravelled = timeTravelled.plus(step);
        idle();
    }

    /** Waits until timers of this element have fired {@code times} times in all. */
    public void awaitTimerTriggered(String elementId, int times) {
        Awaitility.await().atMost(IDLE).until(() -> timerRecords(TimerIntent.TRIGGERED).stream()
                .filter(r -> r.getValue().getTargetElementId().equals(elementId)).count() >= times);
        idle();
    }

    /** Timers armed now (created, not yet triggered or cancelled): element id → due instant. */
    public Map<String, Instant> armedTimers(long instance) {
        Map<Long, Record<TimerRecordValue>> open = new HashMap<>();
        for (Record<TimerRecordValue> timer : timerRecords(null)) {
            if (timer.getValue().getProcessInstanceKey() != instance) {
                continue;
            }
            if (timer.getIntent() == TimerIntent.CREATED) {
                open.put(timer.getKey(), timer);
            } else if (timer.getIntent() == TimerIntent.TRIGGERED || timer.getIntent() == TimerIntent.CANCELED) {
                open.remove(timer.getKey());
            }
        }
        Map<String, Instant> armed = new HashMap<>();
        open.values().forEach(t -> armed.put(t.getValue().getTargetElementId(),
                Instant.ofEpochMilli(t.getValue().getDueDate())));
        return armed;
    }

    /** Due instants of the cancelled timers of an instance. */
    public List<Instant> cancelledTimers(long instance) {
        return timerRecords(TimerIntent.CANCELED).stream()
                .filter(r -> r.getValue().getProcessInstanceKey() == instance)
                .map(r -> Instant.ofEpochMilli(r.getValue().getDueDate())).toList();
    }

    /** Timer records with that intent (null: all). */
    public List<Record<TimerRecordValue>> timerRecords(TimerIntent intent) {
        List<Record<TimerRecordValue>> matching = new ArrayList<>();
        records.timerRecords().forEach(r -> {
            if (intent == null || r.getIntent() == intent) {
                matching.add(r);
            }
        });
        return matching;
    }

    /**
     * The latest value of a variable in a process instance's own scope (not a local variable of an element: ZPT's
     * {@code hasVariableWithValue} does not tell them apart); null if unset or null.
     */
    public Object processVariable(long instance, String name) {
        String value = null;
        for (Record<VariableRecordValue> variable : records.variableRecords()) {
            VariableRecordValue v = variable.getValue();
            if (v.getScopeKey() == instance && v.getName().equals(name)) {
                value = v.getValue();
            }
        }
        try {
            return value == null ? null : JSON.readValue(value, Object.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the engine has nothing left to do (jobs waiting for a worker do not count). */
    public void idle() {
        try {
            engine.waitForIdleState(IDLE);
        } catch (Exception e) {
            throw new AssertionError("engine did not become idle within " + IDLE, e);
        }
    }

    @Override
    public void close() {
        BpmnAssert.resetRecordStream();
        client.close();
        engine.stop();
    }
}
