package dev.agora.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.listings.ListingId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * orders-events: the order events carry the values their listeners used to read the order for. Publications stored
 * in the registry before that hold the old JSON; they must still deserialise (the new values null) and their
 * listeners must still do their work by reading the order ({@code messaging.internal.OrderPaidContactTests}).
 */
@IntegrationTest
class OrderEventCompatibilityTests {

    @Autowired EventSerializer serializer;

    @Test
    void anEventRoundTripsWithItsValuesAndAnOldPublicationReadsBackWithThemNull() {
        var paid = new OrderPaid(new OrderId(UUID.randomUUID()), Money.of("12.50", "EUR"), Instant.parse("2026-12-08T10:00:00Z"),
                new ListingId(UUID.randomUUID()), "Road bike", new AccountId(UUID.randomUUID()),
                new AccountId(UUID.randomUUID()), DeliveryMethod.NONE);
        assertThat(serializer.deserialize(serializer.serialize(paid), OrderPaid.class)).isEqualTo(paid);

        // the JSON as stored before the event carried the listing, the parties and the delivery method
        var json = JsonMapper.builder().build();
        var stored = (ObjectNode) json.readTree(serializer.serialize(paid).toString());
        stored.remove(List.of("listingId", "listingTitle", "buyerId", "sellerId", "deliveryMethod"));
        assertThat(stored.propertyNames()).containsExactlyInAnyOrder("orderId", "captured", "occurredAt");
        OrderPaid old = serializer.deserialize(stored.toString(), OrderPaid.class);
        assertThat(old.orderId()).isEqualTo(paid.orderId());
        assertThat(old.captured()).isEqualTo(paid.captured());
        assertThat(old.summarised()).isFalse();
        assertThat(old.listingTitle()).isNull();
    }
}
