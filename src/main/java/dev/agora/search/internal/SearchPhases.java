package dev.agora.search.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Where a search request's time goes: each phase (the query embedding, each Lucene query, the fusion) is timed as
 * {@code agora.search.phase} (wall time) and {@code agora.search.phase.cpu} (the request thread's CPU), tagged with
 * the phase; every phase but {@link #EMBEDDING} and {@link #FUSION} is one Lucene query, so the counts say how many
 * queries a request runs. The CPU figure holds on a machine shared with other work, where wall times stretch.
 */
@Component
class SearchPhases {

    static final String EMBEDDING = "embedding";
    static final String FUSION = "fusion";
    static final String METER = "agora.search.phase";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Timers(Timer wall, Timer cpu) {}

    private final MeterRegistry meters;
    private final Map<String, Timers> timers = new ConcurrentHashMap<>();

    SearchPhases(MeterRegistry meters) {
        this.meters = meters;
    }

    <T> T time(String phase, Supplier<T> work) {
        Timers phaseTimers = timers.computeIfAbsent(phase, p -> new Timers(
                Timer.builder(METER).tag("phase", p).register(meters),
                Timer.builder(METER + ".cpu").tag("phase", p).register(meters)));
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            phaseTimers.wall().record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            phaseTimers.cpu().record(THREADS.getCurrentThreadCpuTime() - cpu, TimeUnit.NANOSECONDS);
        }
    }
}
