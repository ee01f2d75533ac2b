package dev.agora.analytics.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer acquisition cost per new buyer that operators enter per month, optionally per channel and city
 * ({@link Dimensions#UNKNOWN} = all). Entering a month again replaces its figure; each entry is written to the audit
 * log with its reason in the same transaction. The LTV chart compares a buyer cohort with its month's all-channel
 * figure for the city shown, else the all-city one.
 */
@Component
public class AcquisitionCosts {

    /** One stored figure. */
    public record AcquisitionCost(YearMonth month, String channel, String city, Money perBuyer, UUID enteredBy,
            Instant enteredAt, String reason) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    AcquisitionCosts(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks and stores one figure; bad input changes nothing and names the field. */
    @Transactional
    public AcquisitionCost enter(AccountId staff, @Nullable String month, @Nullable String channel, @Nullable String city,
            @Nullable String amount, @Nullable String currency, @Nullable String reason) {
        YearMonth when = month(month);
        String code = currency == null || currency.isBlank() ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (!Money.isKnownCurrency(code)) {
            throw InvalidInputException.of("currency", "analytics.currency.unknown", "Unknown currency '" + code + "'");
        }
        Money perBuyer = amount(amount, code);
        String channelKey = Dimensions.clean(channel).toLowerCase(Locale.ROOT);
        if (channelKey.length() > 60) {
            throw InvalidInputException.of("channel", "analytics.cac.channel", "The channel name is longer than 60 characters");
        }
        String cityKey = Dimensions.clean(city);
        Instant now = clock.instant();
        String subject = "acquisition-cost:" + when + "/" + code + "/" + channelKey + "/" + cityKey;
        subject = subject.length() > 120 ? subject.substring(0, 120) : subject;
        String why = reason == null ? "" : reason.strip();
        audit.record(new AuditEntry.Draft(staff, "analytics.cac", subject, why, "per new buyer " + perBuyer));
        var entry = new AcquisitionCost(when, channelKey, cityKey, perBuyer, staff.value(), now, why);
        int updated = jdbc.sql("""
                UPDATE analytics_acquisition_cost SET amount_minor = ?, entered_by = ?, entered_at = ?, reason = ?
                WHERE cost_month = ? AND channel = ? AND city = ? AND currency = ?""")
                .params(perBuyer.minorUnits(), staff.value(), now.atOffset(ZoneOffset.UTC), entry.reason(), when.atDay(1),
                        channelKey, cityKey, code)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO analytics_acquisition_cost (cost_month, channel, city, currency, amount_minor, entered_by,
                        entered_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(when.atDay(1), channelKey, cityKey, code, perBuyer.minorUnits(), staff.value(),
                            now.atOffset(ZoneOffset.UTC), entry.reason())
                    .update();
        }
        return entry;
    }

    /** The stored figures, newest month first (at most {@code limit}). */
    public List<AcquisitionCost> recent(int limit) {
        return jdbc.sql("""
                SELECT cost_month, channel, city, currency, amount_minor, entered_by, entered_at, reason
                FROM analytics_acquisition_cost ORDER BY cost_month DESC, channel, city, currency""")
                .query((rs, n) -> new AcquisitionCost(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getString(2),
                        rs.getString(3), Money.ofMinor(rs.getLong(5), rs.getString(4)), rs.getObject(6, UUID.class),
                        rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8)))
                .list().stream().limit(limit).toList();
    }

    /**
     * The all-channel figure per month ({@code yyyy-MM}) between the dates, in the currency: the city's where one is
     * entered for {@code city}, else the all-city one.
     */
    Map<String, Money> perMonth(LocalDate from, LocalDate to, @Nullable String city, String currency) {
        Map<String, Money> all = new HashMap<>();
        Map<String, Money> local = new HashMap<>();
        jdbc.sql("""
                SELECT cost_month, city, amount_minor FROM analytics_acquisition_cost
                WHERE channel = :all AND currency = :currency AND cost_month BETWEEN :from AND :to""")
                .param("all", Dimensions.UNKNOWN).param("currency", currency)
                .param("from", from.withDayOfMonth(1)).param("to", to)
                .query(rs -> {
                    String month = rs.getObject(1, LocalDate.class).toString().substring(0, 7);
                    String rowCity = rs.getString(2);
                    Money amount = Money.ofMinor(rs.getLong(3), currency);
                    if (Dimensions.UNKNOWN.equals(rowCity)) {
                        all.put(month, amount);
                    } else if (city != null && rowCity.equalsIgnoreCase(city)) {
                        local.put(month, amount);
                    }
                });
        all.putAll(local);
        return all;
    }

    private static YearMonth month(@Nullable String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("month", "analytics.cac.month", "Enter the month as YYYY-MM");
        }
    }

    private static Money amount(@Nullable String amount, String currency) {
        try {
            Money money = Money.of(amount == null ? "" : amount, currency);
            if (money.minorUnits() < 0) {
                throw InvalidInputException.of("amount", "analytics.cac.invalid", "The acquisition cost must not be negative");
            }
            return money;
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("amount", "analytics.cac.invalid", "Enter the acquisition cost as a number, e.g. 25.00");
        }
    }
}
