package dev.agora.listings.internal;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.listings.slots.*}: slot times are local to {@code time-zone}; buyers see and book openings up to
 * {@code horizon-days} ahead.
 */
@ConfigurationProperties("agora.listings.slots")
record SlotSettings(@DefaultValue("Europe/Berlin") ZoneId timeZone, @DefaultValue("60") int horizonDays) {}
