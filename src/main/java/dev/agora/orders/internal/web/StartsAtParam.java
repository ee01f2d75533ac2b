package dev.agora.orders.internal.web;

import dev.agora.kernel.time.MarketTime;
import dev.agora.kernel.validation.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * A booking's start as the checkout form sends it: a {@code datetime-local} ({@code 2026-12-08T18:00}) or a
 * {@code date} ({@code 2026-12-08}, the start of that day), both local to the market's zone ({@link MarketTime}),
 * never UTC. Blank is none.
 */
final class StartsAtParam {

    private StartsAtParam() {}

    static @Nullable Instant parse(@Nullable String startsAt, MarketTime market) {
        if (startsAt == null || startsAt.isBlank()) {
            return null;
        }
        String value = startsAt.strip();
        try {
            return value.length() <= 10 ? market.startOf(LocalDate.parse(value)) : market.instantOf(LocalDateTime.parse(value));
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("startsAt", "orders.starts-at.format", "Choose a date and time");
        }
    }

    /** The form value for a start, local to the market (the form shows back what the buyer chose). */
    static @Nullable String format(@Nullable Instant startsAt, MarketTime market) {
        return startsAt == null ? null : market.at(startsAt).toLocalDateTime().withSecond(0).withNano(0).toString();
    }
}
