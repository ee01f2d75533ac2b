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

    TrustListeners(FraudRules fraud, Reports reports, JdbcClient jdbc) {
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
        fraud.assessOrder(event.orderId());
    }

    @ApplicationModuleListener
    void on(MessageReported event) {
        reports.messageReported(event.eventId(), event.reporterId(), event.messageId(), event.senderId(), event.reason());
    }

    @ApplicationModuleListener
    void on(ContactDetailsMasked event) {
        jdbc.sql("INSERT INTO trust_leakage (event_id, member_id, flagged, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(event.eventId(), event.senderId().value(), event.flagged(), Timestamp.from(event.occurredAt()))
                .update();
    }
}
