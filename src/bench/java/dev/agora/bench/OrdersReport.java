package dev.agora.bench;

import java.time.Instant;
import java.util.List;

/** The orders benchmark's figures as bench/results/orders.md. */
final class OrdersReport {

    private OrdersReport() {}

    static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Per-order costs that hardly depend on other work on the machine, and the load while measuring. */
    record Costs(double callerSql, double otherSql, double jvmCpuMs, double databaseCpuMs, double load, double workerCpuMs,
            double otherThreadCpuMs) {}


    static String report(int seconds, int threads, double pgbenchTps, long orders, long failed, double ordersPerSecond,
            double commitsPerSecond, long p50, long p95, long p99, boolean balanced, Costs costs) {
        double ratio = ordersPerSecond / pgbenchTps;
        return """
                # Orders benchmark

                Run of %s on PostgreSQL at the same server for both parts, %d s each, %d concurrent clients/threads.
                Machine: %d cores shared by the database, the application and the load (and other work on this machine).
                Reproduce: `./mvnw -Pbench verify` (short smoke run: `-Dbench.seconds=5`), see docs/orders.md.

                | measure | value |
                |---|---|
                | pgbench TPC-B (scale 8, `-c %d -j 2`) | %.1f tps |
                | orders placed, paid, handed over, delivered and completed | %d (%d failed) |
                | orders per second (each: 4 API calls, about 12 database transactions) | %.1f |
                | order latency p50 / p95 / p99 | %d / %d / %d ms |
                | database commits per second during the orders run | %.1f |
                | **orders/s ÷ pgbench tps** | **%.1f %%** (target ≥ 30 %%: %s) |
                | trial balance after the run | %s |
                | load average (1 min) at the end of the run | %.1f |
                | SQL statements per order: in the order calls / in event listeners and background work | %.1f / %.1f |
                | CPU per order: application JVM / PostgreSQL backends | %.1f / %s ms |
                | CPU per order in Java threads (no JIT, no GC): order calls / listeners and background | %.1f / %.1f ms |
                """.formatted(Instant.now(), seconds, threads, Runtime.getRuntime().availableProcessors(), threads,
                pgbenchTps, orders, failed, ordersPerSecond, p50, p95, p99, commitsPerSecond, ratio * 100,
                ratio >= 0.30 ? "met" : "not met", balanced ? "balanced" : "NOT balanced", costs.load(), costs.callerSql(),
                costs.otherSql(), costs.jvmCpuMs(), costs.databaseCpuMs() < 0 ? "n/a" : "%.1f".formatted(costs.databaseCpuMs()),
                costs.workerCpuMs(), costs.otherThreadCpuMs());
    }
}
