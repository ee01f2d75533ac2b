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

    /** One line's figures, in ms. */
    record Figures(long count, double p50, double p95, double p99, double cpuPerQuery) {}

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
        long end = System.nanoTime() + (long) (seconds * 1e9);
        do {
            long t = System.nanoTime();
            action.run();
            nanos.add(System.nanoTime() - t);
        } while (System.nanoTime() < end);
        double cpu = (processCpuNanos() - cpuStart) / 1e6 / nanos.size();
        nanos.sort(Comparator.naturalOrder());
        return new Figures(nanos.size(), percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99), cpu);
    }

    /** Keeps a figure and prints it at once: a run stopped later still shows what it measured. */
    static void record(Map<String, Figures> figures, String name, Figures f) {
        figures.put(name, f);
        System.out.printf(Locale.ROOT, "  %s: %,d queries, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, CPU %.1f ms/query (load %s)%n",
                name, f.count(), f.p50(), f.p95(), f.p99(), f.cpuPerQuery(), loadAverage());
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
