package dev.agora.trust.internal.fraud;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.PublicProfile;
import dev.agora.kernel.money.Money;
import dev.agora.ledger.LedgerManagement;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingStatus;
import dev.agora.listings.ListingView;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.trust.OrderHeld;
import java.sql.Timestamp;
import dev.agora.trust.internal.TrustSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The fraud rules (settings stored by {@link FraudSettingStore}, seeded from {@code agora.trust.fraud.*}): each rule
 * that fires adds its weight and a reason;
 * the sum (at most 100) is the risk score operators see. At or above the threshold a listing goes back to pending
 * approval and an order's escrow gets a ledger hold, both waiting in the moderation queue. A subject staff already
 * reviewed is scored again but not held again.
 */
@Service
public class FraudRules {

    private final FraudSettingStore fraudSettings;
    private final RiskStore risks;
    private final FingerprintStore fingerprints;
    private final IdentityManagement identity;
    private final ListingManagement listings;
    private final CategoryManagement categories;
    private final OrderManagement orders;
    private final LedgerManagement ledger;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FraudRules(FraudSettingStore fraudSettings, RiskStore risks, FingerprintStore fingerprints, IdentityManagement identity,
            ListingManagement listings, CategoryManagement categories, OrderManagement orders, LedgerManagement ledger,
            JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.fraudSettings = fraudSettings;
        this.risks = risks;
        this.fingerprints = fingerprints;
        this.identity = identity;
        this.listings = listings;
        this.categories = categories;
        this.orders = orders;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public Risk assessListing(ListingId id) {
        ListingView listing = listings.find(id).orElseThrow();
        var fraud = fraudSettings.current();
        List<String> reasons = new ArrayList<>();
        int score = 0;
        Instant now = clock.instant();
        if (isNew(listing.sellerId(), fraud)) {
            long today = listings.listingsOf(listing.sellerId(), null).stream()
                    .filter(l -> l.createdAt().isAfter(now.minus(Duration.ofDays(1)))).count();
            if (today > fraud.listingsPerDay()) {
                score += fraud.velocityWeight();
                reasons.add("New account with " + today + " listings in 24 h (limit " + fraud.listingsPerDay() + ")");
            }
        }
        Optional<Money> median = categoryMedian(listing, fraud);
        if (median.isPresent() && listing.price().minorUnits() * 100 < median.get().minorUnits() * fraud.belowMedianPercent()) {
            score += fraud.belowMedianWeight();
            reasons.add("Price " + listing.price() + " is below " + fraud.belowMedianPercent() + " % of the category median "
                    + median.get());
        }
        score += memberSignals(listing.sellerId(), null, reasons, fraud);
        Risk risk = save("listing:" + id, listing.sellerId(), score, reasons, fraud);
        if (risk.held() && listing.status() == ListingStatus.PUBLISHED) {
            listings.holdForModeration(id, "Held for review: " + String.join("; ", reasons));
        }
        return risk;
    }

    public Risk assessOrder(OrderId id) {
        OrderView order = orders.get(id);
        return assessOrder(id, order.buyerId(), order.sellerId(), order.quote().buyerTotal());
    }

    /** orders-events: the same assessment from what the payment's event carries (no read of the order). */
    public Risk assessOrder(OrderId id, AccountId buyerId, AccountId sellerId, Money total) {
        var fraud = fraudSettings.current();
        List<String> reasons = new ArrayList<>();
        int score = 0;
        if (isNew(buyerId, fraud) && total.minorUnits() > fraud.newAccountOrderValueMinor()) {
            score += fraud.orderValueWeight();
            reasons.add("New account ordering " + total + " (limit " + new Money(fraud.newAccountOrderValueMinor(), total.currency()) + ")");
        }
        score += memberSignals(buyerId, sellerId, reasons, fraud);
        Risk risk = save("order:" + id, buyerId, score, reasons, fraud);
        if (risk.held()) {
            String holdId = FraudHolds.holdId(id);
            ledger.placeHold(new LedgerManagement.PlaceHold(holdId, id.toString(), "fraud rules, score " + risk.score()));
            events.publishEvent(new OrderHeld(id, holdId, "fraud rules: " + String.join("; ", reasons), clock.instant()));
        }
        return risk;
    }

    public Optional<Risk> riskOf(String subject) {
        return risks.find(subject);
    }

    // orders-lean: the settings are read once per assessment (they were read four times) and handed down

    /** Shared fingerprints (with the counterparty or anyone) and contact-detail leakage. */
    private int memberSignals(AccountId member, @org.jspecify.annotations.Nullable AccountId counterparty, List<String> reasons,
            TrustSettings.Fraud fraud) {
        int score = 0;
        List<AccountId> sharing = fingerprints.sharingWith(member);
        if (counterparty != null && sharing.contains(counterparty)) {
            score += fraud.sharedFingerprintWeight();
            reasons.add("Buyer and seller share a device, address or payment fingerprint");
        } else if (!sharing.isEmpty()) {
            score += fraud.sharedFingerprintWeight();
            reasons.add("Shares a device, address or payment fingerprint with " + sharing.size() + " other account(s)");
        }
        long flagged = jdbc.sql("SELECT COUNT(*) FROM trust_leakage WHERE member_id = ? AND flagged = TRUE AND at > ?")
                .params(member.value(), Timestamp.from(clock.instant().minus(Duration.ofDays(30)))).query(Long.class).single();
        if (flagged > 0) {
            score += fraud.leakageWeight();
            reasons.add("Flagged for sharing contact details in messages before paying");
        }
        return score;
    }

    private Risk save(String subject, AccountId member, int score, List<String> reasons, TrustSettings.Fraud fraud) {
        boolean reviewed = risks.find(subject).map(Risk::reviewed).orElse(false);
        int capped = Math.min(100, score);
        boolean held = fraud.enabled() && !reviewed && capped >= fraud.holdThreshold();
        var risk = new Risk(subject, member, capped, List.copyOf(reasons), held, reviewed, clock.instant());
        risks.save(risk);
        return risk;
    }

    private boolean isNew(AccountId member, TrustSettings.Fraud fraud) {
        return identity.findProfile(member).map(PublicProfile::memberSince)
                .map(since -> since.isAfter(clock.instant().minus(fraud.newAccount()))).orElse(true);
    }

    private Optional<Money> categoryMedian(ListingView listing, TrustSettings.Fraud fraud) {
        var category = categories.findCategory(listing.categorySlug());
        if (category.isEmpty()) {
            return Optional.empty();
        }
        List<Long> prices = listings.publishedInCategory(category.get().id(), 0, 200).stream()
                .filter(l -> !l.id().equals(listing.id()) && l.price().currency().equals(listing.price().currency())
                        && l.priceUnit() == listing.priceUnit())
                .map(l -> l.price().minorUnits()).sorted().toList();
        if (prices.size() < fraud.medianSample()) {
            return Optional.empty();
        }
        return Optional.of(new Money(prices.get(prices.size() / 2), listing.price().currency()));
    }
}
