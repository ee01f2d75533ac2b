package dev.agora.listings.internal;

import dev.agora.identity.VerificationLevel;
import dev.agora.identity.VerificationManagement;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.validation.InvalidInputException.FieldError;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import dev.agora.listings.ListingView;
import dev.agora.listings.VerificationRequirement;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which verification level selling needs, as operators configured it (table
 * {@code listings_verification_requirements}, edited through {@code /api/v1/admin/verification-requirements}), and
 * the check at publishing and resuming: a seller missing a level gets a form message naming it, nothing changes.
 */
@Component
public class VerificationRequirements implements dev.agora.listings.VerificationRules {

    private final JdbcClient jdbc;
    private final CategoryManagement categories;
    private final VerificationManagement verification;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    VerificationRequirements(JdbcClient jdbc, CategoryManagement categories, VerificationManagement verification, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.categories = categories;
        this.verification = verification;
        this.clock = clock;
    }

    @Override
    public List<VerificationRequirement> all() {
        return jdbc.sql("SELECT * FROM listings_verification_requirements ORDER BY created_at, id")
                .query((rs, row) -> new VerificationRequirement(rs.getObject("id", UUID.class), rs.getString("category_slug"),
                        rs.getBigDecimal("min_price") == null ? null : rs.getBigDecimal("min_price").stripTrailingZeros(),
                        VerificationLevel.valueOf(rs.getString("level"))))
                .list();
    }

    @Transactional
    public VerificationRequirement add(@Nullable String categorySlug, @Nullable BigDecimal minPrice, @Nullable VerificationLevel level) {
        String slug = categorySlug == null || categorySlug.isBlank() ? null : categorySlug.strip();
        List<FieldError> errors = new java.util.ArrayList<>();
        if (slug == null && minPrice == null) {
            errors.add(new FieldError("categorySlug", "listing.requirement.scope", "name a category, a minimum price or both"));
        }
        if (slug != null && categories.findCategory(slug).isEmpty()) {
            errors.add(new FieldError("categorySlug", "listing.requirement.category", "there is no category " + slug));
        }
        if (minPrice != null && minPrice.signum() < 0) {
            errors.add(new FieldError("minPrice", "listing.requirement.price", "the minimum price cannot be negative"));
        }
        if (level == null) {
            errors.add(new FieldError("level", "listing.requirement.level", "choose EMAIL, PHONE, ID or BUSINESS"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO listings_verification_requirements (id, category_slug, min_price, level, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, slug, minPrice, level.name(), Timestamp.from(clock.instant())).update();
        return new VerificationRequirement(id, slug, minPrice, level);
    }

    @Transactional
    public boolean remove(UUID id) {
        return jdbc.sql("DELETE FROM listings_verification_requirements WHERE id = ?").param(id).update() == 1;
    }

    // --- issue 9: audited changes by staff (console and API) ---
    @Override
    @Transactional
    public VerificationRequirement add(dev.agora.identity.AccountId staff, @Nullable String categorySlug,
            @Nullable BigDecimal minPrice, @Nullable VerificationLevel level, String reason) {
        String why = reason(reason);
        VerificationRequirement added = add(categorySlug, minPrice, level);
        events.publishEvent(new dev.agora.listings.VerificationRequirementChanged(UUID.randomUUID(), staff, added.id(),
                "added", describe(added), why, clock.instant()));
        return added;
    }

    @Override
    @Transactional
    public boolean remove(dev.agora.identity.AccountId staff, UUID id, String reason) {
        String why = reason(reason);
        var rule = all().stream().filter(r -> r.id().equals(id)).findFirst();
        if (rule.isEmpty() || !remove(id)) {
            return false;
        }
        events.publishEvent(new dev.agora.listings.VerificationRequirementChanged(UUID.randomUUID(), staff, id,
                "removed", describe(rule.get()), why, clock.instant()));
        return true;
    }

    private static String reason(@Nullable String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 2000) {
            throw InvalidInputException.of("reason", "listing.requirement.reason", "give a reason (up to 2000 characters)");
        }
        return why;
    }

    static String describe(VerificationRequirement rule) {
        return (rule.categorySlug() == null ? "any category" : "category " + rule.categorySlug())
                + (rule.minPrice() == null ? "" : ", above " + rule.minPrice().toPlainString()) + " needs " + rule.level();
    }
    // --- end issue 9 ---

    /** The levels this listing needs that its seller does not hold. */
    public Set<VerificationLevel> missing(ListingView listing) {
        List<VerificationRequirement> rules = all();
        if (rules.isEmpty()) {
            return Set.of();
        }
        Set<String> slugs = lineage(listing.categorySlug());
        Set<VerificationLevel> needed = EnumSet.noneOf(VerificationLevel.class);
        for (VerificationRequirement rule : rules) {
            boolean inCategory = rule.categorySlug() == null || slugs.contains(rule.categorySlug());
            boolean abovePrice = rule.minPrice() == null || listing.price().amount().compareTo(rule.minPrice()) > 0;
            if (inCategory && abovePrice) {
                needed.add(rule.level());
            }
        }
        if (needed.isEmpty()) {
            return Set.of();
        }
        needed.removeAll(verification.levelsOf(listing.sellerId()));
        return needed;
    }

    /** Refuses to publish when a level is missing: one field error per missing level. */
    void check(ListingView listing) {
        Set<VerificationLevel> missing = missing(listing);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing.stream().sorted()
                    .map(level -> new FieldError("verification", "listing.verification." + level.name(),
                            "publishing this listing needs " + level.name() + " verification (see Settings → Verification)"))
                    .toList());
        }
    }

    private Set<String> lineage(String slug) {
        Map<Object, CategoryView> byId = categories.categories().stream()
                .collect(Collectors.toMap(CategoryView::id, Function.identity(), (a, b) -> a));
        Set<String> slugs = new HashSet<>();
        CategoryView current = categories.findCategory(slug).orElse(null);
        while (current != null && slugs.add(current.slug())) {
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        slugs.add(slug);
        return slugs;
    }
}
