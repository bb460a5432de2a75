package org.uep.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time this JVM spent between two snapshots, by what its threads do (told apart by thread name): the engine, the
 * API's request threads, job workers, the outbox, gRPC between client and engine, and the benchmark's own simulated
 * users. The process total minus the groups is the JVM's own threads (garbage collection, JIT compilation) and threads
 * that ended between the snapshots.
 */
record CpuUse(long processNanos, long postgresNanos, Map<String, Long> byGroup) {

    static final String UNSEEN = "JVM (GC, JIT), ended threads";

    static CpuUse now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byGroup = new TreeMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            long nanos = threads.getThreadCpuTime(thread.threadId());
            if (nanos > 0) {
                byGroup.merge(group(thread.getName()), nanos, Long::sum);
            }
        }
        return new CpuUse(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime(), postgres(), byGroup);
    }

    /** CPU of the PostgreSQL server processes (Linux /proc; user + system ticks at 100 Hz), 0 where not readable. */
    private static long postgres() {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    if (stat.contains("(postgres)")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException ended) {
                    // the process ended while being read
                }
            }
        } catch (IOException notLinux) {
            return 0;
        }
        return ticks * 10_000_000L;
    }

    /** What was spent since {@code before}: CPU milliseconds per case, by group, the JVM's own share and the total. */
    Map<String, Double> perCaseSince(CpuUse before, int cases) {
        Map<String, Double> perCase = new LinkedHashMap<>();
        long grouped = 0;
        for (Map.Entry<String, Long> group : byGroup.entrySet()) {
            long spent = group.getValue() - before.byGroup.getOrDefault(group.getKey(), 0L);
            grouped += spent;
            perCase.put(group.getKey(), spent / 1e6 / cases);
        }
        long process = processNanos - before.processNanos;
        perCase.put(UNSEEN, (process - grouped) / 1e6 / cases);
        perCase.put("total (JVM)", process / 1e6 / cases);
        perCase.put("PostgreSQL (its processes)", (postgresNanos - before.postgresNanos) / 1e6 / cases);
        return perCase;
    }

    private static String group(String thread) {
        if (thread.startsWith("zb-")) {
            return "engine";
        }
        if (thread.startsWith("http-nio")) {
            return "API request threads";
        }
        if (thread.startsWith("bench-user") || thread.startsWith("HttpClient") || thread.equals("main")) {
            return "simulated users (harness)";
        }
        if (thread.startsWith("uep-outbox")) {
            return "outbox";
        }
        if (thread.startsWith("grpc-")) {
            return "gRPC client ↔ engine";
        }
        if (thread.startsWith("pool-")) {
            return "job workers";
        }
        return "other threads";
    }
}
