package dev.agora.trust.internal.fraud;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import dev.agora.trust.FraudRuleSettings;
import dev.agora.trust.internal.TrustSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the fraud rules' settings (table {@code trust_fraud_setting}): seeded from the configuration when the
 * application starts (missing keys only, so saved values survive restarts), read by {@link FraudRules} on every
 * assessment, changed by staff with an audited reason.
 */
@Component
class FraudSettingStore implements FraudRuleSettings {

    /** A setting's range and how it maps to the configuration record. */
    private record Definition(long min, long max, boolean weight, ToLongFunction<TrustSettings.Fraud> configured) {}

    private static final Map<String, Definition> DEFINITIONS = new LinkedHashMap<>();

    static {
        DEFINITIONS.put("enabled", new Definition(0, 1, false, f -> f.enabled() ? 1 : 0));
        DEFINITIONS.put("hold-threshold", new Definition(1, 100, false, TrustSettings.Fraud::holdThreshold));
        DEFINITIONS.put("new-account-hours", new Definition(1, 24 * 365, false, f -> f.newAccount().toHours()));
        DEFINITIONS.put("listings-per-day", new Definition(0, 10_000, false, TrustSettings.Fraud::listingsPerDay));
        DEFINITIONS.put("new-account-order-value-minor", new Definition(0, 1_000_000_000, false, TrustSettings.Fraud::newAccountOrderValueMinor));
        DEFINITIONS.put("below-median-percent", new Definition(0, 100, false, TrustSettings.Fraud::belowMedianPercent));
        DEFINITIONS.put("median-sample", new Definition(1, 1_000, false, TrustSettings.Fraud::medianSample));
        DEFINITIONS.put("velocity-weight", new Definition(0, 100, true, TrustSettings.Fraud::velocityWeight));
        DEFINITIONS.put("order-value-weight", new Definition(0, 100, true, TrustSettings.Fraud::orderValueWeight));
        DEFINITIONS.put("shared-fingerprint-weight", new Definition(0, 100, true, TrustSettings.Fraud::sharedFingerprintWeight));
        DEFINITIONS.put("below-median-weight", new Definition(0, 100, true, TrustSettings.Fraud::belowMedianWeight));
        DEFINITIONS.put("leakage-weight", new Definition(0, 100, true, TrustSettings.Fraud::leakageWeight));
    }

    private record Row(long value, UUID updatedBy, Instant updatedAt) {}

    private final TrustSettings settings;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    FraudSettingStore(TrustSettings settings, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedFromConfiguration() {
        DEFINITIONS.forEach((key, definition) -> jdbc.sql("""
                INSERT INTO trust_fraud_setting (setting_key, setting_value, updated_by, updated_at)
                VALUES (?, ?, NULL, ?) ON CONFLICT DO NOTHING""")
                .params(key, definition.configured().applyAsLong(settings.fraud()), clock.instant().atOffset(ZoneOffset.UTC))
                .update());
    }

    /** The rules' settings now: stored values, the configuration's where none is stored. */
    TrustSettings.Fraud current() {
        Map<String, Long> v = new HashMap<>();
        rows().forEach((key, row) -> v.put(key, row.value()));
        TrustSettings.Fraud c = settings.fraud();
        return new TrustSettings.Fraud(
                v.getOrDefault("enabled", c.enabled() ? 1L : 0L) == 1,
                v.getOrDefault("hold-threshold", (long) c.holdThreshold()).intValue(),
                v.containsKey("new-account-hours") ? Duration.ofHours(v.get("new-account-hours")) : c.newAccount(),
                v.getOrDefault("listings-per-day", (long) c.listingsPerDay()).intValue(),
                v.getOrDefault("new-account-order-value-minor", c.newAccountOrderValueMinor()),
                v.getOrDefault("below-median-percent", (long) c.belowMedianPercent()).intValue(),
                v.getOrDefault("median-sample", (long) c.medianSample()).intValue(),
                v.getOrDefault("velocity-weight", (long) c.velocityWeight()).intValue(),
                v.getOrDefault("order-value-weight", (long) c.orderValueWeight()).intValue(),
                v.getOrDefault("shared-fingerprint-weight", (long) c.sharedFingerprintWeight()).intValue(),
                v.getOrDefault("below-median-weight", (long) c.belowMedianWeight()).intValue(),
                v.getOrDefault("leakage-weight", (long) c.leakageWeight()).intValue());
    }

    @Override
    public List<FraudSetting> all() {
        Map<String, Row> rows = rows();
        List<FraudSetting> all = new ArrayList<>();
        DEFINITIONS.forEach((key, d) -> {
            long configured = d.configured().applyAsLong(settings.fraud());
            Row row = rows.get(key);
            all.add(new FraudSetting(key, row == null ? configured : row.value(), configured, d.min(), d.max(), d.weight(),
                    row == null || row.updatedBy() == null ? null : new AccountId(row.updatedBy()),
                    row == null ? Instant.EPOCH : row.updatedAt()));
        });
        return all;
    }

    @Override
    @Transactional
    public List<FraudSetting> change(AccountId staff, Map<String, String> values, String reason) {
        Map<String, Long> parsed = new LinkedHashMap<>();
        values.forEach((key, text) -> {
            Definition definition = DEFINITIONS.get(key);
            if (definition == null) {
                throw InvalidInputException.of(key, "trust.fraud.unknown", "There is no fraud rule setting '" + key + "'");
            }
            long value;
            try {
                value = Long.parseLong(text == null ? "" : text.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of(key, "trust.fraud.range", key + " must be a whole number from "
                        + definition.min() + " to " + definition.max());
            }
            if (value < definition.min() || value > definition.max()) {
                throw InvalidInputException.of(key, "trust.fraud.range", key + " must be a whole number from "
                        + definition.min() + " to " + definition.max());
            }
            parsed.put(key, value);
        });
        Map<String, FraudSetting> before = new HashMap<>();
        all().forEach(s -> before.put(s.key(), s));
        List<String> changes = new ArrayList<>();
        parsed.forEach((key, value) -> {
            if (before.get(key).value() != value) {
                changes.add(key + ": " + before.get(key).value() + " -> " + value);
            }
        });
        audit.record(new AuditEntry.Draft(staff, "trust.fraud-rules", "fraud-rules", reason,
                changes.isEmpty() ? "no change" : String.join(", ", changes)));
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        parsed.forEach((key, value) -> {
            int updated = jdbc.sql("UPDATE trust_fraud_setting SET setting_value = ?, updated_by = ?, updated_at = ? WHERE setting_key = ?")
                    .params(value, staff.value(), now, key).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO trust_fraud_setting (setting_key, setting_value, updated_by, updated_at) VALUES (?, ?, ?, ?)")
                        .params(key, value, staff.value(), now).update();
            }
        });
        return all();
    }

    private Map<String, Row> rows() {
        Map<String, Row> rows = new HashMap<>();
        jdbc.sql("SELECT setting_key, setting_value, updated_by, updated_at FROM trust_fraud_setting").query(rs -> {
            rows.put(rs.getString(1), new Row(rs.getLong(2), rs.getObject(3, UUID.class),
                    rs.getObject(4, OffsetDateTime.class).toInstant()));
        });
        return rows;
    }
}
