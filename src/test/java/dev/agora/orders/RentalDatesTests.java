package dev.agora.orders;

import static dev.agora.ApiClient.bearer;
import static dev.agora.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.listings.RentalCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 6: rentals hold their days in the listing's calendar. A tent priced per day, blocked 30 days from now; the
 * marketplace's time zone is Europe/Berlin. Overlaps with blocked or booked days are refused naming {@code startsAt};
 * concurrent overlapping bookings: exactly one wins (the unique day key decides; PostgresRentalRaceTests does it on PostgreSQL); ended bookings free their days;
 * search's availability filter sees booked days.
 */
@IntegrationTest
class RentalDatesTests {

    static final String CARD = "4242 4242 4242 4242";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @LocalServerPort int port;
    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired RentalCalendar calendar;

    AccountId seller;
    AccountId buyer;
    ListingView tent;
    LocalDate blocked;

    @BeforeEach
    void aTentBlockedInAMonth() {
        seller = ListingFixtures.newSeller(identity);
        buyer = ListingFixtures.newSeller(identity);
        blocked = calendar.today().plusDays(30);
        ListingDraft d = ListingFixtures.tent("Calendar tent " + UUID.randomUUID().toString().substring(0, 8));
        tent = listings.publish(seller, listings.create(seller, new ListingDraft(d.categorySlug(), d.type(), d.title(),
                d.description(), d.price(), d.currency(), d.priceUnit(), d.condition(), d.city(), d.postalCode(), d.latitude(),
                d.longitude(), d.courier(), d.meetup(), d.shipping(), d.shippingFee(), d.stock(), d.minDuration(),
                d.maxDuration(), d.deposit(), d.bookingMode(), d.attributes(), List.of(blocked))).id());
    }

    Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZONE).toInstant();
    }

    PlaceOrder booking(LocalDate first, int days) {
        return new PlaceOrder(tent.id(), days, null, CARD, at(first));
    }

    @Test
    void aRangeTouchingABlockedDayIsRefusedAsProblemJsonNamingStartsAt() {
        ApiClient api = new ApiClient(port);
        String token = bearer(api.newToken("read-write"));
        var refused = api.postJson("/api/v1/orders", Map.of("listingId", tent.id().toString(), "quantity", 3,
                        "paymentMethod", CARD, "startsAt", at(blocked.minusDays(2)).toString()),
                "Authorization", token, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(body(refused).get("errors").get(0).get("field").asString()).isEqualTo("startsAt");
        assertThat(body(refused).get("errors").get(0).get("code").asString()).isEqualTo("rental.dates.blocked");

        var withoutStart = api.postJson("/api/v1/orders", Map.of("listingId", tent.id().toString(), "quantity", 2, "paymentMethod", CARD),
                "Authorization", token, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(body(withoutStart).get("errors").get(0).get("field").asString()).isEqualTo("startsAt");
        assertThat(orders.salesOf(seller)).isEmpty();

        // the day before the blocked one is fine: 2 days end on it
        var fits = api.postJson("/api/v1/orders", Map.of("listingId", tent.id().toString(), "quantity", 2,
                        "paymentMethod", CARD, "startsAt", at(blocked.minusDays(2)).toString()),
                "Authorization", token, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(fits.statusCode()).isEqualTo(201);
    }

    @Test
    void bookedDaysAreRefusedUntilTheBookingEndsWithoutTakingPlace() {
        LocalDate start = calendar.today().plusDays(10);
        OrderView first = orders.place(buyer, booking(start, 3));
        assertThat(calendar.heldBy(first.id().value())).containsExactly(start, start.plusDays(1), start.plusDays(2));

        assertThatThrownBy(() -> orders.place(buyer, booking(start.plusDays(2), 2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().getFirst().field()).isEqualTo("startsAt");
                    assertThat(e.errors().getFirst().code()).isEqualTo("rental.dates.booked");
                });
        OrderView after = orders.place(buyer, booking(start.plusDays(3), 2)); // starts the day the first one ends
        assertThat(after.state()).isEqualTo("requested");

        assertThat(orders.transition(seller, false, first.id(), "decline").state()).isEqualTo("declined");
        assertThat(calendar.heldBy(first.id().value())).isEmpty();
        OrderView again = orders.place(buyer, booking(start.plusDays(1), 2));
        assertThat(calendar.heldBy(again.id().value())).containsExactly(start.plusDays(1), start.plusDays(2));

        assertThat(orders.transition(buyer, false, again.id(), "withdraw").state()).isEqualTo("cancelled");
        assertThat(calendar.bookedDates(tent.id(), start)).containsExactly(start.plusDays(3), start.plusDays(4));
    }

    @Test
    void ofTenConcurrentOverlappingBookingsExactlyOneWins() throws Exception {
        LocalDate start = calendar.today().plusDays(40);
        List<AccountId> buyers = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            buyers.add(ListingFixtures.newSeller(identity));
        }
        var outcomes = OrderApiTests.race(10, i -> {
            try {
                return orders.place(buyers.get(i), booking(start.plusDays(i % 3), 3)).id().toString();
            } catch (InvalidInputException refused) {
                assertThat(refused.errors().getFirst().field()).isEqualTo("startsAt");
                return "refused";
            }
        });
        assertThat(outcomes).filteredOn(o -> !o.equals("refused")).hasSize(1);
        assertThat(orders.salesOf(seller)).hasSize(1);
        OrderId winner = orders.salesOf(seller).getFirst().id();
        assertThat(calendar.bookedDates(tent.id(), start)).isEqualTo(calendar.heldBy(winner.value())).hasSize(3);
    }

    @Test
    void searchSeesBookedDaysAsUnavailable() {
        LocalDate start = calendar.today().plusDays(20);
        ApiClient api = new ApiClient(port);
        String mine = "/api/v1/search?seller=" + seller;
        String during = mine + "&from=" + start.plusDays(1) + "&to=" + start.plusDays(1);
        String later = mine + "&from=" + start.plusDays(5) + "&to=" + start.plusDays(6);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> api.get(during).body().contains(tent.id().toString()));

        OrderView booked = orders.place(buyer, booking(start, 2));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !api.get(during).body().contains(tent.id().toString()));
        assertThat(api.get(later).body()).contains(tent.id().toString());
        orders.transition(seller, false, booked.id(), "decline");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> api.get(during).body().contains(tent.id().toString()));
    }
}
