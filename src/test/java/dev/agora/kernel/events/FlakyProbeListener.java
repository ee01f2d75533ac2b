package dev.agora.kernel.events;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A test-only listener (found by component scanning from src/test, so it joins the one cached test context) that
 * fails the first delivery of each {@link ProbeHappened} and takes effect on the next one, like a listener that
 * met a passing database error.
 */
@Component
class FlakyProbeListener {

    record ProbeHappened(UUID probeId) {}

    static final Map<UUID, AtomicInteger> DELIVERIES = new ConcurrentHashMap<>();
    static final Map<UUID, AtomicInteger> EFFECTS = new ConcurrentHashMap<>();

    @ApplicationModuleListener
    void on(ProbeHappened event) {
        int delivery = DELIVERIES.computeIfAbsent(event.probeId(), id -> new AtomicInteger()).incrementAndGet();
        if (delivery == 1) {
            throw new IllegalStateException("first delivery of probe " + event.probeId() + " fails on purpose");
        }
        EFFECTS.computeIfAbsent(event.probeId(), id -> new AtomicInteger()).incrementAndGet();
    }

    static int deliveries(UUID probeId) {
        return DELIVERIES.getOrDefault(probeId, new AtomicInteger()).get();
    }

    static int effects(UUID probeId) {
        return EFFECTS.getOrDefault(probeId, new AtomicInteger()).get();
    }
}
