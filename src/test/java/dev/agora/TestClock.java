package dev.agora;

import dev.agora.kernel.scheduling.SchedulerRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: real time plus an offset a test moves forward to reach timers, deadlines and
 * windows. A test that moves it calls {@link #reset()} afterwards (the context, and so the clock, is shared).
 */
public final class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private final List<Runnable> onChange = new CopyOnWriteArrayList<>();

    public void advance(Duration by) {
        offset = offset.plus(by);
        onChange.forEach(Runnable::run);
    }

    public void reset() {
        offset = Duration.ZERO;
        onChange.forEach(Runnable::run);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        /** The scheduler polls at once when the clock moves: its wait between polls counts down on this clock. */
        @Bean
        @Primary
        TestClock testClock(ObjectProvider<SchedulerRunner> scheduler) {
            TestClock clock = new TestClock();
            clock.onChange.add(() -> scheduler.ifAvailable(SchedulerRunner::checkNow));
            return clock;
        }
    }
}
