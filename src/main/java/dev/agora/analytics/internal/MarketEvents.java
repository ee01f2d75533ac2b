package dev.agora.analytics.internal;

import dev.agora.listings.ListingChanged;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingPublished;
import dev.agora.listings.ListingStatus;
import dev.agora.orders.OrderCancelled;
import dev.agora.orders.OrderCompleted;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderPaid;
import dev.agora.orders.OrderPlaced;
import dev.agora.orders.OrderView;
import dev.agora.payments.RefundIssued;
import dev.agora.analytics.internal.MarketProjection.SupportCase;
import dev.agora.trust.DisputeOpened;
import dev.agora.trust.ReportFiled;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns other modules' events into {@link MarketProjection} calls. An order's facts (dimensions, fees) are read
 * once through the orders API and kept in analytics; events may arrive in any order (listeners run in parallel),
 * so each one makes sure the facts are there. Event keys: the event id where there is one, else the order id
 * with the milestone (an order reaches each milestone once). Trust's reports and disputes feed the support load.
 */
@Component
class MarketEvents {

    private final MarketProjection projection;
    private final MetricTables tables;
    private final OrderManagement orders;
    private final ListingManagement listings;

    MarketEvents(MarketProjection projection, MetricTables tables, OrderManagement orders, ListingManagement listings) {
        this.projection = projection;
        this.tables = tables;
        this.orders = orders;
        this.listings = listings;
    }

    @ApplicationModuleListener
    void on(ListingPublished e) {
        projection.listingPublished("listing-published:" + e.eventId(), new ListingFacts(e.listingId().value(),
                e.sellerId().value(), e.categorySlug(), e.city(), e.occurredAt()));
    }

    @ApplicationModuleListener
    void on(ListingChanged e) {
        if (e.status() == ListingStatus.PUBLISHED && tables.listing(e.listingId().value()).isEmpty()) {
            projection.listingPublished("listing-changed:" + e.eventId(), new ListingFacts(e.listingId().value(),
                    e.sellerId().value(), e.categorySlug(), e.city(), e.occurredAt()));
        } else {
            projection.listingRefiled("listing-changed:" + e.eventId(), e.listingId().value(), e.categorySlug(), e.city());
        }
    }

    @ApplicationModuleListener
    void on(OrderPlaced e) {
        projection.orderPlaced("order-placed:" + e.orderId(), facts(e.orderId()));
    }

    @ApplicationModuleListener
    void on(OrderPaid e) {
        projection.orderPaid("order-paid:" + e.orderId(), facts(e.orderId()), e.occurredAt());
    }

    @ApplicationModuleListener
    void on(OrderCompleted e) {
        projection.orderCompleted("order-completed:" + e.orderId(), facts(e.orderId()), e.occurredAt());
    }

    @ApplicationModuleListener
    void on(OrderCancelled e) {
        projection.orderCancelled("order-cancelled:" + e.orderId(), facts(e.orderId()), e.occurredAt());
    }

    /** The payments module names the order by its id as text. */
    @ApplicationModuleListener
    void on(RefundIssued e) {
        UUID orderId;
        try {
            orderId = UUID.fromString(e.orderRef());
        } catch (IllegalArgumentException notAnOrder) {
            return;
        }
        projection.refundIssued("refund:" + e.refundId(), orderId, e.amount(), e.occurredAt());
    }

    /** A dispute counts on the day it opened, under its order's category and city. */
    @ApplicationModuleListener
    void on(DisputeOpened e) {
        OrderFacts order = facts(e.orderId());
        projection.supportCase("dispute-opened:" + e.disputeId(), SupportCase.DISPUTE, order.category(), order.city(),
                e.occurredAt());
    }

    /** A report about a listing counts under the listing's category and city; reports about members, messages or
     * reviews have no place of their own and count under "-" (in the all-categories and all-cities figures). */
    @ApplicationModuleListener
    void on(ReportFiled e) {
        String category = Dimensions.UNKNOWN;
        String city = Dimensions.UNKNOWN;
        if ("LISTING".equals(e.subjectKind())) {
            var listing = listingOf(e.subjectId());
            if (listing.isPresent()) {
                category = listing.get().category();
                city = listing.get().city();
            }
        }
        projection.supportCase("report-filed:" + e.reportId(), SupportCase.REPORT, category, city, e.occurredAt());
    }

    private Optional<ListingFacts> listingOf(String subjectId) {
        UUID id;
        try {
            id = UUID.fromString(subjectId);
        } catch (IllegalArgumentException notAListing) {
            return Optional.empty();
        }
        return tables.listing(id).or(() -> listings.find(new ListingId(id)).map(view -> discovered(view.id())));
    }

    private OrderFacts facts(OrderId id) {
        return tables.order(id.value()).orElseGet(() -> read(orders.get(id)));
    }

    private OrderFacts read(OrderView order) {
        ListingFacts listing = tables.listing(order.listingId().value()).orElseGet(() -> discovered(order.listingId()));
        var quote = order.quote();
        var commission = quote.commission();
        return new OrderFacts(order.id().value(), order.listingId().value(), order.buyerId().value(),
                order.sellerId().value(), listing.category(), listing.city(), "request-to-book".equals(order.process()),
                quote.buyerTotal(), commission.plus(quote.platformFee()), quote.sellerNet().plus(commission),
                order.placedAt());
    }

    /** A listing published before analytics saw it (e.g. before this module existed): filed as published then. */
    private ListingFacts discovered(ListingId id) {
        var view = listings.find(id).orElseThrow();
        var facts = new ListingFacts(id.value(), view.sellerId().value(), view.categorySlug(), view.location().city(),
                view.publishedAt() != null ? view.publishedAt() : view.createdAt());
        projection.listingPublished("listing-discovered:" + id, facts);
        return facts;
    }
}
