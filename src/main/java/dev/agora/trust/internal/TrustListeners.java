package dev.agora.trust.internal;

import dev.agora.listings.ListingPublished;
import dev.agora.messaging.ContactDetailsMasked;
import dev.agora.messaging.MessageReported;
import dev.agora.orders.OrderPaid;
import dev.agora.trust.internal.fraud.FraudRules;
import dev.agora.trust.internal.moderation.Reports;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What trust watches: published listings and paid orders go through the fraud rules, reported messages join the
 * moderation queue, masked contact details count against their sender. Each is safe to receive twice.
 */
@Component
class TrustListeners {

    private final FraudRules fraud;
    private final Reports reports;
    private final JdbcClient jdbc;
    private final dev.agora.trust.internal.disputes.Disputes disputes;

    TrustListeners(FraudRules fraud, Reports reports, JdbcClient jdbc, dev.agora.trust.internal.disputes.Disputes disputes) {
        this.disputes = disputes;
        this.fraud = fraud;
        this.reports = reports;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ListingPublished event) {
        fraud.assessListing(event.listingId());
    }

    @ApplicationModuleListener
    void on(OrderPaid event) {
        // orders-events: the event carries the parties; only a publication stored before it did reads the order
        if (event.summarised()) {
            fraud.assessOrder(event.orderId(), java.util.Objects.requireNonNull(event.buyerId()),
                    java.util.Objects.requireNonNull(event.sellerId()), event.captured());
        } else {
            fraud.assessOrder(event.orderId());
        }
    }

    @ApplicationModuleListener
    void on(MessageReported event) {
        reports.messageReported(event.eventId(), event.reporterId(), event.messageId(), event.senderId(), event.reason());
    }

    /** A chargeback opens a dispute once per provider notice. */
    @ApplicationModuleListener
    void on(dev.agora.payments.ChargebackNotified event) {
        boolean fresh = jdbc.sql("INSERT INTO trust_counted_event (event_key, at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params("chargeback:" + event.providerEventId(), Timestamp.from(event.occurredAt())).update() == 1;
        if (fresh) {
            disputes.openChargeback(dev.agora.orders.OrderId.of(event.orderRef()), event.amount(), event.providerReference());
        }
    }

    @ApplicationModuleListener
    void on(ContactDetailsMasked event) {
        jdbc.sql("INSERT INTO trust_leakage (event_id, member_id, flagged, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(event.eventId(), event.senderId().value(), event.flagged(), Timestamp.from(event.occurredAt()))
                .update();
    }
}
