package dev.agora.kernel.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.retention.*}: how long data that is only kept for a while lives before the retention jobs delete it
 * (each job runs daily on the shared scheduler; {@code enabled: false} stops all of them).
 *
 * @param messages chat messages, counted from when they were sent
 * @param mailOutbox copies of sent mail in the outbox (development mail and the outbox page)
 * @param idempotencyKeys stored responses of Idempotency-Key requests, counted from their expiry
 * @param eventPublications completed internal event publications (they carry event payloads)
 */
@ConfigurationProperties("agora.retention")
public record RetentionSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("730d") Duration messages,
        @DefaultValue("30d") Duration mailOutbox,
        @DefaultValue("7d") Duration idempotencyKeys,
        @DefaultValue("30d") Duration eventPublications) {}
