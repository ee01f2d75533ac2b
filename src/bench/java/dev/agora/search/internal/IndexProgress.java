package dev.agora.search.internal;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * Prints the indexing rate every 5% (a long run shows how it goes, and a stopped one what it reached), with the
 * CPU-seconds the process spent per 1,000 documents since the last line: on a shared machine the rate depends on
 * what the others do, the CPU per document much less.
 */
final class IndexProgress implements MassIndexingMonitor {

    private final AtomicLong done = new AtomicLong();
    private final long step;
    private final long start = System.nanoTime();
    private long lastCpu = LatencyMeter.processCpuNanos();
    private long lastDone;

    IndexProgress(int documents) {
        this.step = Math.max(1_000, documents / 20);
    }

    @Override
    public void documentsAdded(long increment) {
        long now = done.addAndGet(increment);
        if (now / step != (now - increment) / step) {
            report(now);
        }
    }

    private synchronized void report(long now) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = LatencyMeter.processCpuNanos();
        double cpuPerThousand = (cpu - lastCpu) / 1e9 / Math.max(1, now - lastDone) * 1000;
        lastCpu = cpu;
        lastDone = now;
        System.out.printf(Locale.ROOT, "  indexed %,d in %,.0f s (%,.0f documents/s, %.2f CPU-s per 1,000), load %s%n",
                now, seconds, now / seconds, cpuPerThousand, LatencyMeter.loadAverage());
    }

    @Override
    public void documentsBuilt(long increment) {}

    @Override
    public void entitiesLoaded(long increment) {}

    @Override
    public void addToTotalCount(long increment) {}

    @Override
    public void indexingCompleted() {}
}
