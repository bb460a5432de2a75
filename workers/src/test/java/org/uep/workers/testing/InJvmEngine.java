package org.uep.workers.testing;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceCreationIntent;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceCreationRecordValue;
import java.util.List;
import java.util.stream.StreamSupport;
import org.uep.processes.clock.StatutoryClockProcess;

/**
 * The in-JVM Zeebe engine from Zeebe Process Test (Camunda licence: tests and local runs only, never in
 * the production artifact), listening on a gRPC port like a real gateway so the app connects to it
 * exactly as it would to a cluster.
 */
public final class InJvmEngine {

    private static ZeebeTestEngine shared;

    private InJvmEngine() {}

    /** One engine per test JVM, on a free port. */
    public static synchronized ZeebeTestEngine shared() {
        if (shared == null) {
            shared = start(EngineFactory.create());
        }
        return shared;
    }

    /** An engine on a given port (the local run's 26500, or a port the app was told to wait for). */
    public static ZeebeTestEngine startOn(int port) {
        return start(EngineFactory.create(port));
    }

    private static ZeebeTestEngine start(ZeebeTestEngine engine) {
        engine.start();
        BpmnAssert.initRecordStream(RecordStream.of(engine.getRecordStreamSource()));
        return engine;
    }

    public static String grpcAddress(ZeebeTestEngine engine) {
        String address = engine.getGatewayAddress();
        return "http://localhost:" + address.substring(address.lastIndexOf(':') + 1);
    }

    /**
     * Keys of the lead's own process instances (penalty case or summary penalty, not the clock watchers started for its
     * dossier), from the engine's own record of their creation with the lead id.
     */
    public static List<Long> instancesForLead(ZeebeTestEngine engine, long leadId) {
        return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(r -> r.getValueType() == ValueType.PROCESS_INSTANCE_CREATION
                        && r.getIntent() == ProcessInstanceCreationIntent.CREATED)
                .map(r -> (ProcessInstanceCreationRecordValue) ((Record<?>) r).getValue())
                .filter(v -> v.getVariables().get("leadId") instanceof Number n && n.longValue() == leadId
                        && !StatutoryClockProcess.PROCESS_ID.equals(v.getBpmnProcessId()))
                .map(ProcessInstanceCreationRecordValue::getProcessInstanceKey)
                .toList();
    }
}
