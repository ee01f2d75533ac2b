package dev.agora.orders.internal.pricing;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.CommissionConfiguration;
import dev.agora.orders.SellerStanding;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores commission versions (rules as JSON, append-only) and resolves the terms of a new order: the category's
 * rates, the lowest applicable promotional window, then the seller standing's discount when a provider exists.
 */
@Component
public class CommissionVersions implements CommissionConfiguration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final CommissionSettings defaults;
    private final ObjectProvider<SellerStanding> standing;
    private final Clock clock;

    CommissionVersions(JdbcClient jdbc, CommissionSettings defaults, ObjectProvider<SellerStanding> standing, Clock clock) {
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.standing = standing;
        this.clock = clock;
    }

    /** The terms an order priced now carries, and the version they come from. */
    public record Priced(int version, CommissionTerms terms) {}

    public Priced termsFor(String categorySlug, AccountId seller, Instant now) {
        Version version = current();
        Rules rules = version.rules();
        var category = rules.categories().get(categorySlug);
        long sellerBp = category != null && category.sellerBasisPoints() != null ? category.sellerBasisPoints() : rules.sellerBasisPoints();
        long buyerBp = category != null && category.buyerBasisPoints() != null ? category.buyerBasisPoints() : rules.buyerBasisPoints();
        Instant firstSale = null;
        for (PromoWindow window : rules.windows()) {
            if ((window.from() != null && now.isBefore(window.from())) || (window.until() != null && !now.isBefore(window.until()))
                    || (window.category() != null && !window.category().equals(categorySlug))) {
                continue;
            }
            if (window.newSellerMonths() != null) {
                if (firstSale == null) {
                    firstSale = firstSaleOf(seller, now);
                }
                if (!firstSale.atOffset(ZoneOffset.UTC).plusMonths(window.newSellerMonths()).toInstant().isAfter(now)) {
                    continue;
                }
            }
            sellerBp = Math.min(sellerBp, window.sellerBasisPoints());
        }
        SellerStanding.Terms terms = standing.getIfAvailable(() -> s -> SellerStanding.Terms.NEUTRAL).termsOf(seller);
        sellerBp = Math.max(0, sellerBp - Math.max(0, terms.commissionDiscountBasisPoints()));
        return new Priced(version.version(), new CommissionTerms(sellerBp, buyerBp, rules.buyerFixedMinor(),
                rules.minFeeMinor(), rules.maxFeeMinor()));
    }

    private Instant firstSaleOf(AccountId seller, Instant now) {
        OffsetDateTime first = jdbc.sql("SELECT MIN(placed_at) FROM orders WHERE seller_id = ?").param(seller.value())
                .query(OffsetDateTime.class).optional().orElse(null);
        return first == null ? now : first.toInstant();
    }

    @Override
    public Version current() {
        return jdbc.sql("SELECT * FROM commission_version ORDER BY version DESC LIMIT 1").query(CommissionVersions::row)
                .optional().orElseGet(this::configured);
    }

    @Override
    public List<Version> history() {
        List<Version> all = new ArrayList<>(jdbc.sql("SELECT * FROM commission_version ORDER BY version DESC")
                .query(CommissionVersions::row).list());
        all.add(configured());
        return all;
    }

    @Override
    public Version save(Rules rules, AccountId by, String reason) {
        validate(rules);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "orders.commission.reason", "Say why the commission changes");
        }
        for (int attempt = 0; ; attempt++) {
            int next = current().version() + 1;
            try {
                jdbc.sql("INSERT INTO commission_version (version, settings, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                        .params(next, JSON.writeValueAsString(rules), reason.strip(), by.value(),
                                clock.instant().atOffset(ZoneOffset.UTC))
                        .update();
                return current();
            } catch (DuplicateKeyException raced) {
                if (attempt > 2) {
                    throw raced;
                }
            }
        }
    }

    static void validate(Rules rules) {
        check("sellerBasisPoints", rules.sellerBasisPoints());
        check("buyerBasisPoints", rules.buyerBasisPoints());
        if (rules.buyerFixedMinor() < 0 || rules.minFeeMinor() < 0 || rules.maxFeeMinor() < 0) {
            throw InvalidInputException.of("buyerFixedMinor", "orders.commission.negative", "Fees cannot be negative");
        }
        if (rules.maxFeeMinor() > 0 && rules.maxFeeMinor() < rules.minFeeMinor()) {
            throw InvalidInputException.of("maxFeeMinor", "orders.commission.bounds", "The maximum fee is below the minimum");
        }
        rules.categories().forEach((slug, rate) -> {
            if (rate.sellerBasisPoints() != null) check("categories." + slug, rate.sellerBasisPoints());
            if (rate.buyerBasisPoints() != null) check("categories." + slug, rate.buyerBasisPoints());
        });
        for (PromoWindow window : rules.windows()) {
            check("windows." + window.name(), window.sellerBasisPoints());
            if (window.newSellerMonths() != null && window.newSellerMonths() < 1) {
                throw InvalidInputException.of("windows", "orders.commission.months", "A new-seller window lasts at least a month");
            }
            if (window.from() != null && window.until() != null && !window.from().isBefore(window.until())) {
                throw InvalidInputException.of("windows", "orders.commission.window", "A window ends after it starts");
            }
        }
    }

    private static void check(String field, long basisPoints) {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw InvalidInputException.of(field, "orders.commission.range", "Rates are between 0 and 100 %");
        }
    }

    private Version configured() {
        Map<String, CategoryRate> categories = defaults.categories().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new CategoryRate(e.getValue().sellerBasisPoints(), e.getValue().buyerBasisPoints())));
        return new Version(0, new Rules(defaults.sellerBasisPoints(), defaults.buyerBasisPoints(), defaults.buyerFixedMinor(),
                defaults.minFeeMinor(), defaults.maxFeeMinor(), categories, defaults.windows()), "configuration", null, null);
    }

    private static Version row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        UUID by = rs.getObject("created_by", UUID.class);
        return new Version(rs.getInt("version"), JSON.readValue(rs.getString("settings"), Rules.class), rs.getString("reason"),
                by == null ? null : new AccountId(by), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
