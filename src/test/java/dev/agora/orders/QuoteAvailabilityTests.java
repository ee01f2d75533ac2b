package dev.agora.orders;

import static dev.agora.ApiClient.bearer;
import static dev.agora.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.listings.RentalCalendar;
import dev.agora.listings.ServiceSlots;
import dev.agora.listings.WeeklySlot;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * orders-gaps: the quote (API and checkout page) checks availability without holding anything: a unique item held by
 * another checkout, a rental's booked days, a full or unknown service slot are refused naming the field, and the
 * stock, calendar and slots are as before.
 */
@IntegrationTest
class QuoteAvailabilityTests {

    static final String CARD = "4242 4242 4242 4242";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @LocalServerPort int port;
    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired RentalCalendar calendar;
    @Autowired ServiceSlots slots;

    AccountId seller;
    AccountId buyer;
    AccountId other;

    @BeforeEach
    void people() {
        seller = ListingFixtures.newSeller(identity);
        buyer = ListingFixtures.newSeller(identity);
        other = ListingFixtures.newSeller(identity);
    }

    static void refused(Runnable quote, String field, String code) {
        assertThatThrownBy(quote::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors().getFirst().field()).isEqualTo(field);
            assertThat(e.errors().getFirst().code()).isEqualTo(code);
        });
    }

    @Test
    void aUniqueItemHeldByAnotherCheckoutIsNotAvailableAndTheApiSaysSo() {
        ListingView bike = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Quoted bike " + UUID.randomUUID())).id());
        assertThat(orders.quote(other, new PlaceOrder(bike.id(), 1, null, null)).buyerTotal().isPositive()).isTrue();
        orders.place(buyer, new PlaceOrder(bike.id(), 1, null, CARD));

        refused(() -> orders.quote(other, new PlaceOrder(bike.id(), 1, null, null)), "quantity", "orders.quantity.above-stock");
        ApiClient api = new ApiClient(port);
        var answer = api.postJson("/api/v1/orders/quote", Map.of("listingId", bike.id().toString(), "quantity", 1),
                "Authorization", bearer(api.newToken("read-write")));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(body(answer).get("errors").get(0).get("field").asString()).isEqualTo("quantity");
        assertThat(body(answer).get("errors").get(0).get("message").asString()).contains("no longer available");
        assertThat(orders.salesOf(seller)).hasSize(1); // the quotes placed nothing
    }

    @Test
    void aRentalsBookedDaysAreRefusedByTheQuoteWhichHoldsNoDay() {
        ListingView tent = listings.publish(seller, listings.create(seller, ListingFixtures.tent("Quoted tent " + UUID.randomUUID())).id());
        var start = calendar.today().plusDays(40);
        orders.place(buyer, new PlaceOrder(tent.id(), 3, null, CARD, start.atTime(10, 0).atZone(BERLIN).toInstant()));
        var booked = calendar.bookedDates(tent.id(), start);

        refused(() -> orders.quote(other, new PlaceOrder(tent.id(), 2, null, null, start.plusDays(2).atTime(9, 0).atZone(BERLIN).toInstant())),
                "startsAt", "rental.dates.booked");
        var free = orders.quote(other, new PlaceOrder(tent.id(), 2, null, null, start.plusDays(3).atTime(9, 0).atZone(BERLIN).toInstant()));
        assertThat(free.buyerTotal().isPositive()).isTrue();
        assertThat(calendar.bookedDates(tent.id(), start)).isEqualTo(booked).hasSize(3);
    }

    @Test
    void aFullOrUnknownSlotIsRefusedAndAFreeOneQuoted() {
        ListingView lesson = listings.publish(seller, listings.create(seller, ListingFixtures.lesson("Quoted lesson " + UUID.randomUUID())).id());
        slots.defineSchedule(seller, lesson.id(), Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklySlot(day, LocalTime.of(10, 0), 60, 1)).toList(), List.of());
        var slot = calendar.today().plusDays(3).atTime(10, 0);
        assertThat(orders.quote(other, new PlaceOrder(lesson.id(), 1, null, null, slot)).buyerTotal().isPositive()).isTrue();
        orders.place(buyer, new PlaceOrder(lesson.id(), 1, null, CARD, slot));

        refused(() -> orders.quote(other, new PlaceOrder(lesson.id(), 1, null, null, slot)), "slot", "orders.slot.full");
        refused(() -> orders.quote(other, new PlaceOrder(lesson.id(), 1, null, null, slot.plusMinutes(30))), "slot", "orders.slot.invalid");
        assertThat(orders.quote(other, new PlaceOrder(lesson.id(), 1, null, null, slot.plusDays(1))).buyerTotal().isPositive()).isTrue();
    }

    @Test
    void theCheckoutFormsStartIsMarketTimeAndThePageSaysWhenTheDatesAreTaken() {
        ListingView tent = listings.publish(seller, listings.create(seller, ListingFixtures.tent("Form tent " + UUID.randomUUID())).id());
        String email = "tz-" + UUID.randomUUID() + "@example.org";
        AccountId member = identity.register(new SignUp(email, ApiClient.PASSWORD, "Zone Buyer"));
        var web = new dev.agora.WebClient(port);
        web.logIn(email, ApiClient.PASSWORD);
        var day = calendar.today().plusDays(50);
        // 23:30 in Berlin is 22:30 UTC: read as UTC it would start (and book) the next Berlin day
        String local = day + "T23:30";
        var page = web.get("/orders/checkout/" + tent.id() + "?quantity=2&startsAt=" + local);
        assertThat(page.body()).contains("value=\"" + local + "\"").contains("Europe/Berlin");
        var placed = web.postForm("/orders/checkout/" + tent.id(), "quantity=2&startsAt=" + local + "&card="
                + dev.agora.WebClient.encode(CARD) + "&_csrf=" + dev.agora.WebClient.encode(dev.agora.WebClient.csrfToken(page.body())));
        assertThat(placed.statusCode()).isEqualTo(302);
        OrderView order = orders.purchasesOf(member).getFirst();
        assertThat(order.startsAt()).isEqualTo(day.atTime(23, 30).atZone(BERLIN).toInstant());
        assertThat(calendar.heldBy(order.id().value())).containsExactly(day, day.plusDays(1));
        assertThat(web.get("/orders/" + order.id()).body()).contains(day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " 23:30");

        // the same dates again: the checkout page's quote says they are taken, before any card is asked for
        var taken = web.get("/orders/checkout/" + tent.id() + "?quantity=2&startsAt=" + day.plusDays(1) + "T08:00");
        assertThat(taken.body()).contains("already booked on " + day.plusDays(1)).doesNotContain("class=\"total\"");
    }
}
