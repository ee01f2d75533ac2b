package dev.agora.fulfillment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import dev.agora.fulfillment.TariffConfiguration;
import dev.agora.fulfillment.TariffConfiguration.ZoneRule;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.orders.LineItem;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import dev.agora.trust.AuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 7: the courier tariff edited in the console: versioned, placed orders keep their fee, reason in the audit log. */
@IntegrationTest
class TariffConsoleTests {

    @Autowired TariffConfiguration tariff;
    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired AuditLog audit;
    @LocalServerPort int port;

    ListingView courierBike(AccountId seller) {
        ListingDraft base = ListingFixtures.bike("Tariff bike " + UUID.randomUUID().toString().substring(0, 8));
        return listings.publish(seller, listings.create(seller, new ListingDraft(base.categorySlug(), base.type(),
                base.title(), base.description(), base.price(), base.currency(), base.priceUnit(), base.condition(),
                base.city(), base.postalCode(), base.latitude(), base.longitude(), true, false, false, null, base.stock(),
                base.minDuration(), base.maxDuration(), base.deposit(), base.bookingMode(), base.attributes(),
                base.blockedDates())).id());
    }

    static Money delivery(OrderView order) {
        return order.quote().lines().stream().filter(l -> l.kind() == LineItem.Kind.DELIVERY).findFirst().orElseThrow().amount();
    }

    static Money fee(dev.agora.orders.Quote quote) {
        return quote.lines().stream().filter(l -> l.kind() == LineItem.Kind.DELIVERY).findFirst().orElseThrow().amount();
    }

    static List<ZoneRule> withBerlinBase(List<ZoneRule> zones, String baseFee) {
        List<ZoneRule> changed = new ArrayList<>();
        for (ZoneRule z : zones) {
            changed.add(z.name().equals("berlin") ? new ZoneRule(z.name(), z.latitude(), z.longitude(), z.radiusKm(),
                    z.currency(), baseFee, z.perKmFee(), z.batchingDiscountBasisPoints(), z.windowCapacity()) : z);
        }
        return changed;
    }

    @Test
    void aNewVersionPricesNewQuotesWhilePlacedOrdersKeepTheirFeeAndBadRulesSaveNothing() {
        var before = tariff.current();
        AccountId seller = ListingFixtures.newSeller(identity);
        AccountId buyer = ListingFixtures.newSeller(identity);
        ListingView bike = courierBike(seller);
        OrderView old = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, FulfillmentFlowTests.CARD,
                FulfillmentFlowTests.courierTo("Schönhauser Allee 10")));
        Money oldFee = delivery(old);
        ListingView other = courierBike(seller);
        Money quotedBefore = fee(orders.quote(buyer, new PlaceOrder(other.id(), 1, null, null,
                FulfillmentFlowTests.courierTo("Schönhauser Allee 10"))));
        try {
            var berlin = before.zones().stream().filter(z -> z.name().equals("berlin")).findFirst().orElseThrow();
            Money base = Money.of(berlin.baseFee(), "EUR");
            var saved = tariff.save(withBerlinBase(before.zones(), base.plus(Money.of("5.00", "EUR")).amount().toPlainString()),
                    seller, "fuel got dearer");
            assertThat(saved.version()).isEqualTo(before.version() + 1);

            Money quotedAfter = fee(orders.quote(buyer, new PlaceOrder(other.id(), 1, null, null,
                    FulfillmentFlowTests.courierTo("Schönhauser Allee 10"))));
            // the same trip costs 5.00 more (4.00 when other tests' booked jobs make it batched: 20 % off)
            assertThat(quotedAfter.minorUnits() - quotedBefore.minorUnits()).isIn(400L, 500L);
            assertThat(delivery(orders.get(old.id()))).isEqualTo(oldFee);

            assertThatThrownBy(() -> tariff.save(withBerlinBase(before.zones(), "-1.00"), seller, "oops"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("baseFee");
            assertThatThrownBy(() -> tariff.save(before.zones(), seller, " ")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("reason");
            assertThatThrownBy(() -> tariff.save(List.of(), seller, "no zones")).isInstanceOf(InvalidInputException.class);
            assertThat(tariff.current().version()).isEqualTo(saved.version());
        } finally {
            tariff.save(before.zones(), seller, "restore the test's starting point");
        }
    }

    @Test
    void theOperatorEditsTheTariffInTheConsoleWithAReasonInTheAuditLog() {
        var before = tariff.current();
        var operator = new WebClient(port);
        operator.logIn("operator@agora.test", "agora-demo-2026");
        assertThat(operator.get("/admin/config").body()).contains("/admin/config/tariff");
        var page = operator.get("/admin/config/tariff");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("berlin").contains("windowCapacity");
        String csrf = WebClient.encode(WebClient.csrfToken(page.body()));
        StringBuilder form = new StringBuilder();
        for (ZoneRule z : before.zones()) {
            form.append("&name=").append(z.name()).append("&latitude=").append(z.latitude()).append("&longitude=")
                    .append(z.longitude()).append("&radiusKm=").append(z.radiusKm()).append("&currency=").append(z.currency())
                    .append("&baseFee=").append(z.baseFee()).append("&perKmFee=").append(z.perKmFee())
                    .append("&batchingDiscountBasisPoints=").append(z.batchingDiscountBasisPoints())
                    .append("&windowCapacity=").append(z.name().equals("hamburg") ? 20 : z.windowCapacity());
        }
        try {
            var withoutReason = operator.postForm("/admin/config/tariff", "_csrf=" + csrf + form + "&reason=+");
            assertThat(withoutReason.statusCode()).isEqualTo(422);
            assertThat(tariff.current().version()).isEqualTo(before.version());

            var saved = operator.postForm("/admin/config/tariff", "_csrf=" + csrf + form
                    + "&reason=" + WebClient.encode("more couriers in Hamburg"));
            assertThat(saved.statusCode()).isEqualTo(302);
            var current = tariff.current();
            assertThat(current.version()).isEqualTo(before.version() + 1);
            assertThat(current.zones()).filteredOn(z -> z.name().equals("hamburg")).singleElement()
                    .extracting(ZoneRule::windowCapacity).isEqualTo(20);
            assertThat(audit.recent("config:tariff", 5)).first().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("config.tariff");
                assertThat(entry.reason()).isEqualTo("more couriers in Hamburg");
                assertThat(entry.details()).contains("version " + current.version());
            });
        } finally {
            tariff.save(before.zones(), AccountId.random(), "restore the test's starting point");
        }
    }
}
