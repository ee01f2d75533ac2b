package dev.agora.fulfillment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.IntegrationTest;
import dev.agora.TestClock;
import dev.agora.fulfillment.PickupEvidence;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.Member;
import dev.agora.identity.Role;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.LedgerManagement;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.orders.DeliveryChoice;
import dev.agora.orders.DeliveryMethod;
import dev.agora.orders.LineItem;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Handoffs against the real orders, payments (sandbox) and ledger: every method, the timers and the bad input. */
@IntegrationTest
class FulfillmentFlowTests {

    static final String CARD = "4242 4242 4242 4242";
    static final Currency EUR = Currency.getInstance("EUR");

    @Autowired Handoffs handoffs;
    @Autowired CourierWindows courierWindows;
    @Autowired CourierJobs courierJobs;
    @Autowired MeetupCodes meetups;
    @Autowired CarrierTracking shipping;
    @Autowired CarrierWebhooks webhooks;
    @Autowired WindowSlots slots;
    @Autowired CourierJobRepository jobs;
    @Autowired FulfillmentSettings settings;
    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired LedgerManagement ledger;
    @Autowired UserDetailsService members;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock testClock;
    @Autowired PickupEvidence pickupEvidence;
    @Autowired Clock clock;

    Member seller;
    Member buyer;

    @AfterEach
    void resetClock() {
        testClock.reset();
    }

    ListingView bike(boolean courier, boolean meetup, boolean shipping) {
        AccountId sellerId = ListingFixtures.newSeller(identity);
        AccountId buyerId = ListingFixtures.newSeller(identity);
        seller = member(sellerId);
        buyer = member(buyerId);
        ListingDraft base = ListingFixtures.bike("Courier bike " + UUID.randomUUID().toString().substring(0, 8));
        ListingDraft draft = new ListingDraft(base.categorySlug(), base.type(), base.title(), base.description(),
                base.price(), base.currency(), base.priceUnit(), base.condition(), base.city(), base.postalCode(),
                base.latitude(), base.longitude(), courier, meetup, shipping, shipping ? "6.90" : null, base.stock(),
                base.minDuration(), base.maxDuration(), base.deposit(), base.bookingMode(), base.attributes(),
                base.blockedDates());
        return listings.publish(sellerId, listings.create(sellerId, draft).id());
    }

    OrderView buy(ListingView listing, DeliveryChoice choice) {
        return orders.place(buyer.id(), new PlaceOrder(listing.id(), 1, null, CARD, choice));
    }

    static DeliveryChoice courierTo(String street) {
        return new DeliveryChoice(DeliveryMethod.COURIER, street, "Berlin", "10437");
    }

    static Member member(AccountId id) {
        return new Member(id, id + "@example.org", "h" + id.value().toString().substring(0, 8), "Test", Role.MEMBER, false, null);
    }

    Member courier(String email) {
        return (Member) members.loadUserByUsername(email);
    }

    /** A second courier: a fresh account given the courier role. */
    Member anotherCourier() {
        AccountId id = ListingFixtures.newSeller(identity);
        jdbc.update("UPDATE identity_account SET role = 'COURIER' WHERE id = ?", id.value());
        return new Member(id, "c@example.org", "c", "C", Role.COURIER, false, null);
    }

    String window(int daysAhead, int hour) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(daysAhead) + "T" + hour;
    }

    CourierJob job(OrderId order, CourierJob.Kind kind) {
        return jobs.findByOrderIdOrderByCreatedAtAsc(order.value()).stream()
                .filter(j -> j.kind() == kind && j.status() == CourierJob.Status.OPEN).findFirst().orElseThrow();
    }

    static byte[] photo() throws Exception {
        var image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void theCourierLoopProvesPickupAndDeliveryAndTheInspectionWindowReleasesPriceLessCommission() throws Exception {
        var listing = bike(true, true, false);
        OrderView order = buy(listing, courierTo("Schönhauser Allee 10"));
        assertThat(order.state()).isEqualTo("paid");
        assertThat(order.processVersion()).isEqualTo(2);
        assertThat(order.quote().lines()).extracting(LineItem::kind).contains(LineItem.Kind.DELIVERY);
        // the courier fee is the platform's: the seller nets the item price less commission
        assertThat(order.quote().sellerNet()).isEqualTo(Money.of("315.00", "EUR"));
        // the parties' own handoff steps are not offered for a platform-proven delivery
        assertThat(orders.find(seller.id(), false, order.id()).availableTransitions()).containsExactly("cancel");

        HandoffView opened = handoffs.view(seller, order.id());
        assertThat(opened.status()).isEqualTo("AWAITING_PICKUP_WINDOW");
        assertThat(opened.code()).isNull();
        assertThat(handoffs.view(buyer, order.id()).code()).matches("\\d{6}");

        assertThatThrownBy(() -> courierWindows.bookPickup(seller, order.id(), window(-1, 9)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("started");
        assertThatThrownBy(() -> courierWindows.bookPickup(buyer, order.id(), window(1, 9)))
                .isInstanceOf(InvalidInputException.class);
        courierWindows.bookPickup(seller, order.id(), window(1, 9));
        assertThatThrownBy(() -> courierWindows.bookDelivery(buyer, order.id(), window(1, 9)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("after the pickup");
        courierWindows.bookDelivery(buyer, order.id(), window(1, 13));
        assertThat(handoffs.view(buyer, order.id()).status()).isEqualTo("SCHEDULED");

        Member courier = courier("courier@agora.test");
        Member other = anotherCourier();
        CourierJob pickup = job(order.id(), CourierJob.Kind.PICKUP);
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        assertThat(courierJobs.courierList(courier, tomorrow)).extracting(CourierStop::jobId).contains(pickup.id().toString());
        courierJobs.take(courier, pickup.id());
        assertThat(courierJobs.courierList(courier, tomorrow)).filteredOn(CourierStop::mine)
                .extracting(CourierStop::jobId).contains(pickup.id().toString());

        // another courier may neither take nor confirm it; nothing changes
        assertThatThrownBy(() -> courierJobs.take(other, pickup.id())).isInstanceOf(NotYourJobException.class);
        assertThatThrownBy(() -> courierJobs.confirmPickup(other, pickup.id(), List.of(), null, List.of(photo())))
                .isInstanceOf(NotYourJobException.class);
        assertThatThrownBy(() -> courierJobs.confirmPickup(courier, pickup.id(), List.of("no-damage"), null, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("photo");
        assertThat(orders.get(order.id()).state()).isEqualTo("paid");

        courierJobs.confirmPickup(courier, pickup.id(), List.of("matches-listing", "no-damage"), "small scratch", List.of(photo()));
        assertThat(orders.get(order.id()).state()).isEqualTo("handed_over");
        // issue 9: the pickup record is evidence for disputes, read-only through the module's API
        var evidence = pickupEvidence.pickupOf(order.id()).orElseThrow();
        assertThat(evidence.checklist()).containsExactly(new PickupEvidence.Check("matches-listing", true),
                new PickupEvidence.Check("no-damage", true), new PickupEvidence.Check("complete", false),
                new PickupEvidence.Check("packed", false));
        assertThat(evidence.note()).isEqualTo("small scratch");
        assertThat(evidence.photos()).isEqualTo(1);
        assertThat(pickupEvidence.photo(order.id(), 1)).hasValueSatisfying(blob ->
                assertThat(blob.content()).startsWith((byte) 0xFF, (byte) 0xD8));
        assertThat(pickupEvidence.photo(order.id(), 2)).isEmpty();
        HandoffView inTransit = handoffs.view(seller, order.id());
        assertThat(inTransit.jobs()).filteredOn(j -> j.kind().equals("PICKUP")).singleElement()
                .satisfies(j -> {
                    assertThat(j.photos()).isEqualTo(1);
                    assertThat(j.checklist()).contains("matches-listing=yes", "complete=no", "note=small scratch");
                });

        CourierJob delivery = job(order.id(), CourierJob.Kind.DELIVERY);
        courierJobs.take(courier, delivery.id());
        String code = handoffs.view(buyer, order.id()).code();
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThatThrownBy(() -> courierJobs.confirmDelivery(courier, delivery.id(), wrong))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("4 tries left");
        assertThat(orders.get(order.id()).state()).isEqualTo("handed_over");
        courierJobs.confirmDelivery(courier, delivery.id(), code);
        assertThat(orders.get(order.id()).state()).isEqualTo("delivered");
        assertThat(handoffs.view(buyer, order.id()).timeline()).extracting(HandoffView.Entry::kind)
                .containsSubsequence("opened", "pickup-booked", "delivery-booked", "picked-up", "delivered");

        testClock.advance(Duration.ofDays(2).plusMinutes(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(orders.get(order.id()).state()).isEqualTo("completed"));
        assertThat(orders.get(order.id()).timeline()).filteredOn(s -> s.transition().equals("auto-complete")).hasSize(1);
        assertThat(ledger.sellerBalance(seller.id().toString(), EUR).available()).isEqualTo(Money.of("315.00", "EUR"));
        assertThat(ledger.escrowOf(order.id().toString(), EUR).balance()).isEqualTo(Money.ofMinor(0, "EUR"));
    }

    @Test
    void aFullWindowIsRefusedAndNothingIsBooked() {
        var listing = bike(true, false, false);
        OrderView order = buy(listing, courierTo("Kastanienallee 3"));
        HandoffView handoff = handoffs.view(seller, order.id());
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(3);
        while (slots.book(handoff.zone(), day, 17, settings.windowCapacity())) {
            // fill the window
        }
        assertThatThrownBy(() -> courierWindows.bookPickup(seller, order.id(), day + "T17"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("full");
        assertThat(handoffs.view(seller, order.id()).status()).isEqualTo("AWAITING_PICKUP_WINDOW");
        assertThat(jobs.findByOrderIdOrderByCreatedAtAsc(order.id().value())).isEmpty();
    }

    @Test
    void failedPickupsAreRebookedTwiceThenTheOrderIsRefundedInFull() throws Exception {
        var listing = bike(true, false, false);
        OrderView order = buy(listing, courierTo("Oderberger Str. 1"));
        handoffs.view(seller, order.id());
        Member courier = courier("courier@agora.test");
        for (int attempt = 1; attempt <= 3; attempt++) {
            courierWindows.bookPickup(seller, order.id(), window(attempt, 9));
            courierWindows.bookDelivery(buyer, order.id(), window(attempt, 13));
            CourierJob pickup = job(order.id(), CourierJob.Kind.PICKUP);
            courierJobs.take(courier, pickup.id());
            courierJobs.fail(courier, pickup.id(), "nobody home");
            if (attempt < 3) {
                assertThat(handoffs.view(seller, order.id()).status()).isEqualTo("AWAITING_PICKUP_WINDOW");
                assertThat(orders.get(order.id()).state()).isEqualTo("paid");
            }
        }
        assertThat(orders.get(order.id()).state()).isEqualTo("refunded");
        var escrow = ledger.escrowOf(order.id().toString(), EUR);
        assertThat(escrow.refunded()).isEqualTo(order.quote().buyerTotal());
        assertThat(escrow.balance()).isEqualTo(Money.ofMinor(0, "EUR"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(jobs.findByOrderIdOrderByCreatedAtAsc(order.id().value()))
                        .noneMatch(j -> j.status() == CourierJob.Status.OPEN));
    }

    @Test
    void aMeetupIsProvenWithTheBuyersCodeAndFiveWrongTriesLockIt() {
        var listing = bike(false, true, false);
        OrderView good = buy(listing, DeliveryChoice.of(DeliveryMethod.MEETUP));
        assertThat(good.quote().lines()).extracting(LineItem::kind).doesNotContain(LineItem.Kind.DELIVERY);
        String code = handoffs.view(buyer, good.id()).code();
        assertThatThrownBy(() -> meetups.meetupCode(buyer, good.id(), code)).isInstanceOf(InvalidInputException.class);
        meetups.meetupCode(seller, good.id(), code);
        assertThat(orders.get(good.id()).state()).isEqualTo("delivered");
        assertThat(orders.get(good.id()).timeline()).extracting(OrderView.Step::transition).containsSubsequence("met", "delivered");

        var second = bike(false, true, false);
        OrderView locked = buy(second, DeliveryChoice.of(DeliveryMethod.MEETUP));
        String right = handoffs.view(buyer, locked.id()).code();
        String wrong = right.equals("999999") ? "888888" : "999999";
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> meetups.meetupCode(seller, locked.id(), wrong)).hasMessageContaining("Wrong code");
        }
        assertThatThrownBy(() -> meetups.meetupCode(seller, locked.id(), wrong)).hasMessageContaining("locked");
        assertThatThrownBy(() -> meetups.meetupCode(seller, locked.id(), right)).hasMessageContaining("locked");
        HandoffView view = handoffs.view(buyer, locked.id());
        assertThat(view.codeLocked()).isTrue();
        assertThat(view.timeline()).extracting(HandoffView.Entry::kind).contains("code-locked");
        assertThat(orders.get(locked.id()).state()).isEqualTo("paid");
    }

    @Test
    void aShipmentIsCheckedPerCarrierAndDeliveredBySignedWebhooksOnlyOnce() {
        var listing = bike(false, false, true);
        OrderView order = buy(listing, DeliveryChoice.of(DeliveryMethod.SHIPPING));
        assertThat(order.quote().lines()).filteredOn(l -> l.kind() == LineItem.Kind.DELIVERY).singleElement()
                .extracting(LineItem::amount).isEqualTo(Money.of("6.90", "EUR"));
        handoffs.view(seller, order.id());

        assertThatThrownBy(() -> shipping.ship(seller, order.id(), "ups", "12345"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a UPS tracking number");
        assertThatThrownBy(() -> shipping.ship(seller, order.id(), "pigeon", "12345"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(orders.get(order.id()).state()).isEqualTo("paid");

        String tracking = "1Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        shipping.ship(seller, order.id(), "ups", tracking);
        assertThat(orders.get(order.id()).state()).isEqualTo("handed_over");

        byte[] delivered = ("{\"eventId\":\"ev-1\",\"trackingNumber\":\"" + tracking + "\",\"status\":\"DELIVERED\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(webhooks.receive("ups", delivered, "sha256=deadbeef")).isFalse();
        assertThat(webhooks.receive("ups", delivered, null)).isFalse();
        // per-carrier secrets: a body signed with another carrier's key does not pass as UPS
        assertThat(webhooks.receive("ups", delivered, webhooks.sign(Carrier.DHL, delivered))).isFalse();
        assertThat(orders.get(order.id()).state()).isEqualTo("handed_over");

        assertThat(webhooks.receive("ups", delivered, webhooks.sign(Carrier.UPS, delivered))).isTrue();
        assertThat(webhooks.receive("ups", delivered, webhooks.sign(Carrier.UPS, delivered))).isTrue();
        assertThat(orders.get(order.id()).state()).isEqualTo("delivered");
        assertThat(handoffs.view(buyer, order.id()).timeline()).extracting(HandoffView.Entry::kind)
                .containsOnlyOnce("carrier-delivered");
    }

    @Test
    void theSandboxCarrierAdvancesTrackingByItselfAsTimePasses() {
        var listing = bike(false, false, true);
        OrderView order = buy(listing, DeliveryChoice.of(DeliveryMethod.SHIPPING));
        handoffs.view(seller, order.id());
        String tracking = "SBX" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
        shipping.ship(seller, order.id(), "sandbox", tracking);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'sandbox-carrier' "
                + "AND task_instance = ?", Integer.class, tracking + "@0")).isOne();
        for (int step = 0; step < 3; step++) {
            testClock.advance(settings.sandboxCarrierStep().plusMinutes(1));
            int events = step + 1;
            // the shared scheduler may first work through timers other tests' orders reached by this clock jump
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(handoffs.view(buyer, order.id())
                    .timeline()).filteredOn(e -> e.kind().startsWith("carrier-")).hasSize(events));
        }
        // the delivery event is recorded first, then the order moves on
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(orders.get(order.id()).state()).isEqualTo("delivered"));
    }

    @Test
    void theShipByTimerRefundsTheBuyerInFullWhenNothingIsHandedOverInFiveDays() {
        var listing = bike(false, true, true);
        OrderView order = buy(listing, DeliveryChoice.of(DeliveryMethod.SHIPPING));
        handoffs.view(seller, order.id());

        testClock.advance(Duration.ofDays(5).plusMinutes(1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(orders.get(order.id()).state()).isEqualTo("refunded"));
        assertThat(orders.get(order.id()).timeline()).filteredOn(s -> s.transition().equals("ship-by")).hasSize(1);
        var escrow = ledger.escrowOf(order.id().toString(), EUR);
        assertThat(escrow.refunded()).isEqualTo(order.quote().buyerTotal());
        assertThat(escrow.balance()).isEqualTo(Money.ofMinor(0, "EUR"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(handoffs.view(buyer, order.id()).status()).isEqualTo("CLOSED"));
    }

    @Test
    void aCourierOutsideEveryZoneOrAMethodTheSellerDoesNotOfferIsRefusedAtCheckout() {
        var listing = bike(false, true, false);
        assertThatThrownBy(() -> orders.quote(buyer.id(), new PlaceOrder(listing.id(), 1, null, null, courierTo("x"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not offer");
        var courierListing = bike(true, false, false);
        assertThatThrownBy(() -> orders.quote(buyer.id(), new PlaceOrder(courierListing.id(), 1, null, null,
                new DeliveryChoice(DeliveryMethod.COURIER, "Marienplatz 1", "Munich", "80331"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("one city zone");
        assertThat(orders.purchasesOf(buyer.id())).isEmpty();
    }
}
