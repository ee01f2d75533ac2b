package dev.agora.kernel.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.events.resubmission.*}: how the event publication registry's unfinished deliveries are tried again
 * while the application runs (restarts resubmit them anyway, {@code republish-outstanding-events-on-restart}).
 *
 * @param enabled whether the recurring task resubmits at all
 * @param interval pause between two runs of the task (one node runs it)
 * @param minAge how old an unfinished publication must be before it is resubmitted; younger ones may still be
 *     queued for their first delivery, and resubmitting those would only deliver them twice
 * @param stuckAfter how long a resubmitted publication may stay unfinished before it counts as failed again;
 *     Modulith never claims a publication marked RESUBMITTED a second time, so one whose node died mid-delivery
 *     would otherwise wait forever
 */
@ConfigurationProperties("agora.events.resubmission")
public record ResubmissionSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1m") Duration interval,
        @DefaultValue("5m") Duration minAge,
        @DefaultValue("1h") Duration stuckAfter) {}
