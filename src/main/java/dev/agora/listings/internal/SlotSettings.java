package dev.agora.listings.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.listings.slots.*}: buyers see and book openings up to {@code horizon-days} ahead. Slot times are local
 * to the market's zone ({@code agora.market.time-zone}, {@code kernel.time.MarketTime}).
 */
@ConfigurationProperties("agora.listings.slots")
record SlotSettings(@DefaultValue("60") int horizonDays) {}
