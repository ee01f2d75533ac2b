package dev.agora.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.PostgresTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.RentalCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6 on PostgreSQL: overlapping rental bookings racing for the same days; the unique day key makes the later
 * inserts wait for the first transaction and then fail, so exactly one booking holds the days.
 */
@PostgresTest
class PostgresRentalRaceTests {

    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired RentalCalendar calendar;

    @Test
    void ofEightConcurrentOverlappingBookingsExactlyOneWins() throws Exception {
        AccountId seller = ListingFixtures.newSeller(identity);
        var tent = listings.publish(seller, listings.create(seller,
                ListingFixtures.tent("Race tent " + UUID.randomUUID().toString().substring(0, 8))).id());
        List<AccountId> buyers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            buyers.add(ListingFixtures.newSeller(identity));
        }
        LocalDate start = calendar.today().plusDays(50);
        var outcomes = OrderApiTests.race(8, i -> {
            try {
                return orders.place(buyers.get(i), new PlaceOrder(tent.id(), 3, null, "4242 4242 4242 4242",
                        start.plusDays(i % 2).atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant())).id().toString();
            } catch (InvalidInputException refused) {
                return refused.errors().getFirst().field();
            }
        });
        assertThat(outcomes).filteredOn(o -> !o.equals("startsAt")).hasSize(1);
        OrderId winner = orders.salesOf(seller).getFirst().id();
        assertThat(orders.salesOf(seller)).hasSize(1);
        assertThat(calendar.bookedDates(tent.id(), start)).isEqualTo(calendar.heldBy(winner.value())).hasSize(3);
    }
}
