package org.uep.workers.testing;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordValue;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;

/** Waits on the engine's own record stream: what the engine did, not what UEP believes it did. */
public final class EngineRecords {

    private EngineRecords() {}

    @SuppressWarnings("unchecked")
    public static <T extends RecordValue> List<Record<T>> records(ZeebeTestEngine engine, ValueType type, Intent intent) {
        return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(r -> r.getValueType() == type && r.getIntent() == intent)
                .map(r -> (Record<T>) r)
                .toList();
    }

    /** Polls until {@code condition} holds (the engine and the workers run on their own threads). */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
