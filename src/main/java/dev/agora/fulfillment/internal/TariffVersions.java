package dev.agora.fulfillment.internal;

import dev.agora.fulfillment.TariffConfiguration;
import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores courier tariff versions (zones as JSON, append-only). Version 1 is {@code agora.fulfillment.zones} (each
 * zone's capacity defaulting to {@code window-capacity}); saved versions follow. Quotes read the newest; orders keep
 * the fee of the quote they were placed with.
 */
@Component
public class TariffVersions implements TariffConfiguration {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ZoneRule>> ZONES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final FulfillmentSettings settings;
    private final Clock clock;

    TariffVersions(JdbcClient jdbc, FulfillmentSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Version current() {
        return jdbc.sql("SELECT * FROM fulfillment_tariff_version ORDER BY version DESC LIMIT 1").query(TariffVersions::row)
                .optional().orElseGet(this::configured);
    }

    @Override
    public List<Version> history() {
        List<Version> all = new ArrayList<>(jdbc.sql("SELECT * FROM fulfillment_tariff_version ORDER BY version DESC")
                .query(TariffVersions::row).list());
        all.add(configured());
        return all;
    }

    @Override
    public Version save(List<ZoneRule> zones, AccountId by, String reason) {
        validate(zones);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "fulfillment.tariff.reason", "Say why the tariff changes");
        }
        for (int attempt = 0; ; attempt++) {
            int next = current().version() + 1;
            try {
                jdbc.sql("INSERT INTO fulfillment_tariff_version (version, zones, reason, created_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)").params(next, JSON.writeValueAsString(zones),
                                reason.strip().length() > 300 ? reason.strip().substring(0, 300) : reason.strip(),
                                by.value(), clock.instant().atOffset(ZoneOffset.UTC)).update();
                return current();
            } catch (DuplicateKeyException raced) {
                if (attempt > 2) {
                    throw raced;
                }
            }
        }
    }

    /** The zones in force, as the tariff computes with them. */
    List<FulfillmentSettings.Zone> zones() {
        return current().zones().stream().map(TariffVersions::zone).toList();
    }

    /** A zone by name: in force, or (for jobs booked under an older version) the newest version that had it. */
    java.util.Optional<FulfillmentSettings.Zone> zone(String name) {
        return history().stream().flatMap(v -> v.zones().stream()).filter(z -> z.name().equals(name)).findFirst()
                .map(TariffVersions::zone);
    }

    static void validate(List<ZoneRule> zones) {
        if (zones.isEmpty()) {
            throw InvalidInputException.of("zones", "fulfillment.tariff.empty", "Keep at least one zone");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < zones.size(); i++) {
            ZoneRule z = zones.get(i);
            String at = "zones[" + i + "].";
            if (z.name() == null || !z.name().matches("[a-z0-9-]{2,40}") || !names.add(z.name())) {
                throw InvalidInputException.of(at + "name", "fulfillment.tariff.name",
                        "Zone names are unique, 2–40 lower-case letters, digits or dashes");
            }
            if (z.latitude() < -90 || z.latitude() > 90 || z.longitude() < -180 || z.longitude() > 180) {
                throw InvalidInputException.of(at + "latitude", "fulfillment.tariff.centre", "The centre is not on the map");
            }
            if (!(z.radiusKm() > 0 && z.radiusKm() <= 200)) {
                throw InvalidInputException.of(at + "radiusKm", "fulfillment.tariff.radius", "The radius is between 0 and 200 km");
            }
            try {
                Currency.getInstance(z.currency());
            } catch (RuntimeException e) {
                throw InvalidInputException.of(at + "currency", "fulfillment.tariff.currency", "Not a currency code");
            }
            fee(at + "baseFee", z.baseFee(), z.currency());
            fee(at + "perKmFee", z.perKmFee(), z.currency());
            if (z.batchingDiscountBasisPoints() < 0 || z.batchingDiscountBasisPoints() > 10_000) {
                throw InvalidInputException.of(at + "batchingDiscountBasisPoints", "fulfillment.tariff.discount",
                        "The batching discount is between 0 and 10000 basis points (100 %)");
            }
            if (z.windowCapacity() < 1 || z.windowCapacity() > 1000) {
                throw InvalidInputException.of(at + "windowCapacity", "fulfillment.tariff.capacity",
                        "A window takes between 1 and 1000 jobs");
            }
        }
    }

    private static void fee(String field, String amount, String currency) {
        Money money;
        try {
            money = Money.of(amount, currency);
        } catch (RuntimeException e) {
            throw InvalidInputException.of(field, "fulfillment.tariff.fee", "Enter an amount such as 4.90");
        }
        if (money.minorUnits() < 0) {
            throw InvalidInputException.of(field, "fulfillment.tariff.fee", "Fees cannot be negative");
        }
    }

    private Version configured() {
        return new Version(1, settings.zones().stream().map(z -> new ZoneRule(z.name(), z.latitude(), z.longitude(),
                z.radiusKm(), z.currency(), z.baseFee(), z.perKmFee(), z.batchingDiscountBasisPoints(),
                z.windowCapacity() == null ? settings.windowCapacity() : z.windowCapacity())).toList(),
                Instant.EPOCH, null, "application.yml (agora.fulfillment.zones)");
    }

    private static FulfillmentSettings.Zone zone(ZoneRule z) {
        return new FulfillmentSettings.Zone(z.name(), z.latitude(), z.longitude(), z.radiusKm(), z.currency(), z.baseFee(),
                z.perKmFee(), z.batchingDiscountBasisPoints(), z.windowCapacity());
    }

    private static Version row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        UUID by = rs.getObject("created_by", UUID.class);
        return new Version(rs.getInt("version"), JSON.readValue(rs.getString("zones"), ZONES),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), by == null ? null : new AccountId(by),
                rs.getString("reason"));
    }
}
