package dev.agora.analytics.internal;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard and {@code GET /api/v1/admin/metrics} ask for: an inclusive UTC date range, optional category
 * and city, and the currency of the money figures (acquisition costs are stored, see {@link AcquisitionCosts}).
 */
public record MetricQuery(LocalDate from, LocalDate to, @Nullable String category, @Nullable String city, String currency) {

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Bucket bucket() {
        return Bucket.fitting(days());
    }

    /** Parses and checks request parameters; a missing range is the last 30 days up to {@code today}. */
    public static MetricQuery parse(@Nullable String from, @Nullable String to, @Nullable String category,
            @Nullable String city, @Nullable String currency, LocalDate today, AnalyticsSettings settings) {
        LocalDate end = blank(to) ? today : date("to", to);
        LocalDate start = blank(from) ? end.minusDays(29) : date("from", from);
        if (start.isAfter(end)) {
            throw InvalidInputException.of("from", "analytics.range.reversed", "The start date must not be after the end date");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > settings.maxRangeDays()) {
            throw InvalidInputException.of("from", "analytics.range.too-long", "The date range covers " + days
                    + " days; choose at most " + settings.maxRangeDays() + " days (about "
                    + settings.maxRangeDays() / 366 + " years)");
        }
        String code = blank(currency) ? settings.currency() : currency.strip().toUpperCase(java.util.Locale.ROOT);
        if (!Money.isKnownCurrency(code)) {
            throw InvalidInputException.of("currency", "analytics.currency.unknown", "Unknown currency '" + code + "'");
        }
        return new MetricQuery(start, end, blank(category) ? null : category.strip(), blank(city) ? null : city.strip(),
                code);
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "analytics.date.invalid", "Enter the date as YYYY-MM-DD");
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** Charts show at most about a hundred points: days up to three months, then weeks up to two years, then months. */
    public enum Bucket {
        DAY,
        WEEK,
        MONTH;

        static Bucket fitting(long days) {
            return days <= 92 ? DAY : days <= 731 ? WEEK : MONTH;
        }

        public LocalDate startOf(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        public LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
            };
        }
    }
}
