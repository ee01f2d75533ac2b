package dev.agora.search.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Closed-loop latency of one query line: count, p50, p95, p99 and the CPU the bench process spent per query. The
 * CPU figure (server and client in one process) still means something when other work shares the machine and
 * queues the threads, which stretches the latencies but not the CPU each query needs.
 */
final class LatencyMeter {

    private static final java.util.regex.Pattern JVM_AND_MERGES = java.util.regex.Pattern.compile(
            "Merge|Compiler|GC|G1|VM Thread|Sweeper|JFR");

    /**
     * {@code queryCpu}: CPU of every thread but Lucene's merges and the JVM's JIT compilers and GC (search-keyword
     * helper: merges after a bulk load and a fresh JVM's compiling blur the process figure). One line's figures, in ms.
     */
    record Figures(long count, double p50, double p95, double p99, double cpuPerQuery, double queryCpu) {}

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private LatencyMeter() {}

    /**
     * Runs the action for the given time. Bounded whatever a query costs: the warm-up stops after 10 runs or half
     * the time, the measurement after the time (at least one run), so a slow line at 1M costs a few of its
     * queries, never hours.
     */
    static Figures measure(double seconds, ThrowingRunnable action) throws Exception {
        long warmEnd = System.nanoTime() + (long) (seconds * 0.5e9);
        for (int i = 0; i < 10 && System.nanoTime() < warmEnd; i++) {
            action.run();
        }
        List<Long> nanos = new ArrayList<>();
        long cpuStart = processCpuNanos();
        Map<Long, Long> threadsStart = threadCpu();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        do {
            long t = System.nanoTime();
            action.run();
            nanos.add(System.nanoTime() - t);
        } while (System.nanoTime() < end);
        double cpu = (processCpuNanos() - cpuStart) / 1e6 / nanos.size();
        long threads = 0;
        for (var entry : threadCpu().entrySet()) {
            threads += entry.getValue() - threadsStart.getOrDefault(entry.getKey(), 0L);
        }
        nanos.sort(Comparator.naturalOrder());
        return new Figures(nanos.size(), percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99), cpu,
                threads / 1e6 / nanos.size());
    }

    /** Keeps a figure and prints it at once: a run stopped later still shows what it measured. */
    static void record(Map<String, Figures> figures, String name, Figures f) {
        figures.put(name, f);
        System.out.printf(Locale.ROOT, "  %s: %,d queries, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, CPU %.1f ms/query, "
                + "without merges/JIT/GC %.1f (load %s)%n", name, f.count(), f.p50(), f.p95(), f.p99(), f.cpuPerQuery(), f.queryCpu(),
                loadAverage());
    }

    /** CPU nanoseconds of each live thread except Lucene's merges and the JVM's own (JIT compilers, GC). */
    static Map<Long, Long> threadCpu() {
        var bean = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new java.util.HashMap<>();
        for (var info : bean.getThreadInfo(bean.getAllThreadIds())) {
            if (info != null && !JVM_AND_MERGES.matcher(info.getThreadName()).find()) {
                long nanos = bean.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    cpu.put(info.getThreadId(), nanos);
                }
            }
        }
        return cpu;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
