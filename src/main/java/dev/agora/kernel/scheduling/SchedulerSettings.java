package dev.agora.kernel.scheduling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code agora.scheduler.*}: whether this node polls for due tasks, how often, with how many threads. */
@ConfigurationProperties("agora.scheduler")
public record SchedulerSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10s") Duration pollingInterval,
        @DefaultValue("2") int threads) {}
