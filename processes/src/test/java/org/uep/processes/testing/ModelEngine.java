package org.uep.processes.testing;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.process.test.filters.RecordStream;

/** A fresh in-JVM engine per test with one model deployed; closing it stops the engine. */
public final class ModelEngine implements AutoCloseable {

    private final ZeebeTestEngine engine;
    private final ZeebeClient client;
    /** Also usable off the test thread, where BpmnAssert's thread-local stream is not set. */
    private final RecordStream records;

    private ModelEngine(String resource, String processId) {
        engine = EngineFactory.create();
        engine.start();
        client = engine.createClient();
        records = RecordStream.of(engine.getRecordStreamSource());
        BpmnAssert.initRecordStream(records);
        var deployment = client.newDeployResourceCommand().addResourceFromClasspath(resource).send().join();
        assertThat(deployment).containsProcessesByBpmnProcessId(processId);
    }

    public static ModelEngine deploying(String resource, String processId) {
        return new ModelEngine(resource, processId);
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

    @Override
    public void close() {
        BpmnAssert.resetRecordStream();
        client.close();
        engine.stop();
    }
}
