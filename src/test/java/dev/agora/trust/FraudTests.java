package dev.agora.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.LedgerManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import dev.agora.trust.internal.fraud.FraudRules;
import dev.agora.trust.internal.moderation.ModerationAction;
import dev.agora.trust.internal.moderation.Moderation;
import dev.agora.trust.internal.moderation.ReasonTemplate;
import dev.agora.trust.internal.moderation.SubjectKind;
import java.time.Duration;
import java.util.Currency;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class FraudTests {

    static final Currency EUR = Currency.getInstance("EUR");

    @Autowired FraudRules fraud;
    @Autowired Fingerprints fingerprints;
    @Autowired Moderation moderation;
    @Autowired dev.agora.trust.internal.moderation.ModerationQueue queue;
    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired LedgerManagement ledger;
    @Autowired AuditLog audit;

    @Test
    void aNewAccountsLargeOrderFromTheSellersDeviceIsHeldUntilAModeratorReleasesIt() {
        AccountId seller = ListingFixtures.newSeller(identity);
        AccountId buyer = ListingFixtures.newSeller(identity);
        String device = UUID.randomUUID().toString();
        fingerprints.record(seller, Fingerprints.Kind.DEVICE, device);
        fingerprints.record(buyer, Fingerprints.Kind.DEVICE, device);
        ListingView bike = listings.publish(seller, listings.create(seller,
                ListingFixtures.bike("Carbon bike " + UUID.randomUUID().toString().substring(0, 8)).withPrice("900.00")).id());

        OrderView order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, TrustFixtures.CARD));
        String ref = order.id().toString();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(ledger.escrowOf(ref, EUR).held()).isTrue());
        var risk = fraud.riskOf("order:" + ref).orElseThrow();
        assertThat(risk.score()).isEqualTo(70);
        assertThat(risk.reasons()).anyMatch(r -> r.contains("New account")).anyMatch(r -> r.contains("share a device"));
        assertThat(queue.queue()).filteredOn(c -> c.subjectId().equals(ref)).singleElement()
                .satisfies(c -> assertThat(c.held()).isTrue());

        TrustFixtures.deliver(orders, new TrustFixtures.Deal(seller, buyer, bike, order));
        assertThatThrownBy(() -> orders.transition(buyer, false, order.id(), "complete"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ledger.escrowOf(ref, EUR).balance()).isEqualTo(order.quote().buyerTotal());

        moderation.act(AccountId.random(), SubjectKind.ORDER, ref, ModerationAction.RELEASE, ReasonTemplate.NO_VIOLATION,
                "Siblings sharing a laptop; ID checked", null);

        assertThat(ledger.escrowOf(ref, EUR).held()).isFalse();
        assertThat(orders.transition(buyer, false, order.id(), "complete").state()).isEqualTo("completed");
        assertThat(ledger.escrowOf(ref, EUR).balance()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(audit.about("order:" + ref)).extracting(AuditEntry::action).containsExactly("moderation.release");
    }

    @Test
    void anOrdinaryOrderIsScoredButNotHeld() {
        TrustFixtures.Deal deal = TrustFixtures.paidBike(identity, listings, orders);
        String ref = deal.order().id().toString();

        await().atMost(Duration.ofSeconds(15)).until(() -> fraud.riskOf("order:" + ref).isPresent());
        assertThat(fraud.riskOf("order:" + ref).orElseThrow().held()).isFalse();
        assertThat(ledger.escrowOf(ref, EUR).held()).isFalse();
    }
}
