package dev.agora.notifications.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.notifications.*}: {@code unsubscribe-key} signs unsubscribe links; a failed email is retried
 * {@code max-attempts} times, waiting {@code first-retry} doubled each time; the event feed keeps events for
 * {@code feed-retention}. The daily digest goes out at {@code digest-time} in {@code digest-zone}.
 */
@ConfigurationProperties("agora.notifications")
record NotificationsSettings(
        @DefaultValue("dev-only-unsubscribe-key-change-me") String unsubscribeKey,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("365d") Duration feedRetention,
        @DefaultValue("PT30S") Duration webhookFirstRetry,
        @DefaultValue("07:00") java.time.LocalTime digestTime,
        @DefaultValue("Europe/Berlin") java.time.ZoneId digestZone) {}
