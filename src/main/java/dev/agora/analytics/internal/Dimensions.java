package dev.agora.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** How analytics files events: by UTC day and month, and by category slug and city as written (trimmed). */
public final class Dimensions {

    public static final String UNKNOWN = "-";

    private Dimensions() {}

    public static String clean(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return UNKNOWN;
        }
        String trimmed = value.strip();
        return trimmed.length() > 120 ? trimmed.substring(0, 120) : trimmed;
    }

    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    public static LocalDate month(Instant at) {
        return day(at).withDayOfMonth(1);
    }
}
