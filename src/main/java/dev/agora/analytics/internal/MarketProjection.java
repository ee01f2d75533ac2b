package dev.agora.analytics.internal;

import static dev.agora.analytics.internal.Dimensions.day;
import static dev.agora.analytics.internal.Dimensions.month;

import dev.agora.kernel.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies market events to the metric tables, once per event key (see docs/analytics.md for what each counter
 * means). The event listeners translate other modules' events into these calls; tests and the benchmark call them
 * directly with facts whose answers they know.
 */
@Component
public class MarketProjection {

    static final Duration LIQUIDITY_WINDOW = Duration.ofDays(30);

    private final MetricTables tables;
    private final Clock clock;

    MarketProjection(MetricTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    /** A listing became visible; the first publication counts it into its day's listing cohort. */
    @Transactional
    public void listingPublished(String eventKey, ListingFacts listing) {
        if (!tables.firstTime(eventKey, clock.instant())) {
            return;
        }
        if (tables.rememberListing(listing)) {
            tables.daily(day(listing.publishedAt()), listing.category(), listing.city(), Map.of("listings_published", 1L));
        } else {
            tables.refileListing(listing.listingId(), listing.category(), listing.city());
        }
        tables.rememberSeller(listing.sellerId(), listing.publishedAt());
        tables.active(CohortSide.SUPPLY, listing.sellerId(), month(listing.publishedAt()));
    }

    /** A listing's category or city changed: later orders are filed under the new ones. */
    @Transactional
    public void listingRefiled(String eventKey, UUID listingId, String category, String city) {
        if (tables.firstTime(eventKey, clock.instant())) {
            tables.refileListing(listingId, Dimensions.clean(category), Dimensions.clean(city));
        }
    }

    @Transactional
    public void orderPlaced(String eventKey, OrderFacts order) {
        tables.rememberOrder(order);
        if (!tables.firstTime(eventKey, clock.instant())) {
            return;
        }
        tables.daily(day(order.placedAt()), order.category(), order.city(),
                order.booking() ? Map.of("orders_placed", 1L, "booking_requests", 1L) : Map.of("orders_placed", 1L));
    }

    /** Captured: GMV, the buyer-seller pair, first transactions and cohort activity. */
    @Transactional
    public void orderPaid(String eventKey, OrderFacts order, Instant at) {
        tables.rememberOrder(order);
        if (!tables.firstTime(eventKey, clock.instant())) {
            return;
        }
        LocalDate day = day(at);
        tables.daily(day, order.category(), order.city(),
                order.booking() ? Map.of("orders_paid", 1L, "booking_accepted", 1L) : Map.of("orders_paid", 1L));
        tables.money(day, order.category(), order.city(), order.buyerTotal().currencyCode(),
                Map.of("gmv_minor", order.buyerTotal().minorUnits()));
        tables.pair(day, order.category(), order.city(), order.buyerId(), order.sellerId());
        tables.firstTransactionOfListing(order.listingId(), at).ifPresent(published -> {
            Duration waited = Duration.between(published, at);
            tables.daily(day, order.category(), order.city(),
                    Map.of("listing_ttft_hours", waited.toHours(), "listing_ttft_count", 1L));
            if (waited.compareTo(LIQUIDITY_WINDOW) <= 0) {
                tables.listing(order.listingId()).ifPresent(listing -> tables.daily(day(published), listing.category(),
                        listing.city(), Map.of("listings_transacted_30d", 1L)));
            }
        });
        tables.firstSaleOfSeller(order.sellerId(), at).ifPresent(firstListed -> tables.daily(day, order.category(),
                order.city(), Map.of("seller_ttft_hours", Duration.between(firstListed, at).toHours(), "seller_ttft_count", 1L)));
        tables.active(CohortSide.DEMAND, order.buyerId(), month(at));
        tables.active(CohortSide.SUPPLY, order.sellerId(), month(at));
    }

    /** Completed: the platform's revenue is earned, and the seller's tax year grows. */
    @Transactional
    public void orderCompleted(String eventKey, OrderFacts order, Instant at) {
        tables.rememberOrder(order);
        if (!tables.firstTime(eventKey, clock.instant()) || !tables.completed(order.orderId(), at)) {
            return;
        }
        LocalDate day = day(at);
        String currency = order.buyerTotal().currencyCode();
        tables.daily(day, order.category(), order.city(), Map.of("orders_completed", 1L));
        tables.money(day, order.category(), order.city(), currency,
                Map.of("completed_gmv_minor", order.buyerTotal().minorUnits(), "revenue_minor", order.fees().minorUnits()));
        tables.cohortOf(CohortSide.DEMAND, order.buyerId())
                .ifPresent(cohort -> tables.cohortRevenue(cohort, currency, order.fees().minorUnits()));
        tables.taxYear(order.sellerId(), at.atZone(ZoneOffset.UTC).getYear(), currency, order.sellerGross().minorUnits(), 1);
    }

    @Transactional
    public void orderCancelled(String eventKey, OrderFacts order, Instant at) {
        tables.rememberOrder(order);
        if (tables.firstTime(eventKey, clock.instant())) {
            tables.daily(day(at), order.category(), order.city(), Map.of("orders_cancelled", 1L));
        }
    }

    /**
     * Money went back to the buyer. Before completion the platform had earned nothing from the order, so only a
     * refund of a completed order takes back revenue: its fee share ({@code amount × fees / buyer total}, half-even),
     * and the rest from the seller's tax volume.
     */
    @Transactional
    public void refundIssued(String eventKey, UUID orderId, Money amount, Instant at) {
        if (!tables.firstTime(eventKey, clock.instant())) {
            return;
        }
        tables.order(orderId).filter(order -> tables.isCompleted(orderId)).ifPresent(order -> {
            long feeShare = share(amount.minorUnits(), order.fees().minorUnits(), order.buyerTotal().minorUnits());
            String currency = amount.currencyCode();
            tables.money(day(at), order.category(), order.city(), currency, Map.of("refunded_fees_minor", feeShare));
            tables.cohortOf(CohortSide.DEMAND, order.buyerId()).ifPresent(cohort -> tables.cohortRevenue(cohort, currency, -feeShare));
            tables.taxYear(order.sellerId(), at.atZone(ZoneOffset.UTC).getYear(), currency,
                    -Math.min(amount.minorUnits() - feeShare, order.sellerGross().minorUnits()), 0);
        });
    }

    /** A listing page view or a checkout start counted by the beacon (no identity, so no dedupe). */
    @Transactional
    public void funnelStep(FunnelStep step, UUID listingId, Instant at) {
        tables.listing(listingId).ifPresent(listing -> tables.daily(day(at), listing.category(), listing.city(),
                Map.of(step.column(), 1L)));
    }

    /** A report or dispute from the trust module, filed under the order's or listing's dimensions if known. */
    @Transactional
    public void supportCase(String eventKey, SupportCase kind, String category, String city, Instant at) {
        if (tables.firstTime(eventKey, clock.instant())) {
            tables.daily(day(at), Dimensions.clean(category), Dimensions.clean(city), Map.of(kind.column(), 1L));
        }
    }

    static long share(long amount, long part, long whole) {
        if (whole == 0) {
            return 0;
        }
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    public enum FunnelStep {
        VIEW("listing_views"),
        CHECKOUT("checkouts_started");

        private final String column;

        FunnelStep(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }

    public enum SupportCase {
        REPORT("reports"),
        DISPUTE("disputes");

        private final String column;

        SupportCase(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }
}
