package dev.agora.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.money.Money;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.listings.SellerSignals;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import dev.agora.orders.SellerPayouts;
import dev.agora.orders.SellerStanding;
import dev.agora.trust.internal.standing.SellerLevels;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SellerLevelTests {

    @Autowired SellerLevels levels;
    @Autowired SellerStanding standing;
    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired JdbcClient jdbc;

    @Test
    void aTopSellerPaysLessCommissionUntilACancellationStrikeLowersTheLevelAndLengthensTheHold() {
        AccountId seller = ListingFixtures.newSeller(identity);
        AccountId buyer = ListingFixtures.newSeller(identity);
        // thirty completed orders, as the listeners would have counted them
        jdbc.sql("""
                INSERT INTO trust_seller_stats (seller_id, completed, cancelled_by_seller, disputes, disputes_lost, replies,
                  reply_minutes_total, updated_at) VALUES (?, 30, 0, 0, 0, 4, 120, ?)""")
                .params(seller.value(), Timestamp.from(Instant.now())).update();
        ListingView bike = listings.publish(seller, listings.create(seller,
                ListingFixtures.bike("Level bike " + UUID.randomUUID().toString().substring(0, 8))).id());

        assertThat(levels.levelOf(seller)).isEqualTo(SellerLevel.TOP);
        assertThat(standing.termsOf(seller)).isEqualTo(new SellerStanding.Terms(200, -2));
        assertThat(((SellerSignals) levels).badgesOf(seller)).singleElement()
                .satisfies(badge -> assertThat(badge.messageKey()).isEqualTo("trust.level.top"));
        // 10 % less two steps of 1 %: 8 % of 350.00
        assertThat(orders.quote(buyer, new PlaceOrder(bike.id(), 1, null, null)).commission()).isEqualTo(Money.of("28.00", "EUR"));

        OrderView order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, TrustFixtures.CARD));
        assertThat(order.quote().commission()).isEqualTo(Money.of("28.00", "EUR"));
        orders.transition(seller, false, order.id(), "cancel");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(levels.strikesOf(seller)).extracting(s -> s.kind()).containsExactly("SELLER_CANCELLATION"));
        assertThat(levels.levelOf(seller)).isEqualTo(SellerLevel.RISING);
        assertThat(standing.termsOf(seller)).isEqualTo(new SellerStanding.Terms(0, 2));
        ListingView another = listings.publish(seller, listings.create(seller,
                ListingFixtures.bike("Level bike " + UUID.randomUUID().toString().substring(0, 8))).id());
        assertThat(orders.quote(buyer, new PlaceOrder(another.id(), 1, null, null)).commission()).isEqualTo(Money.of("35.00", "EUR"));
    }

    // --- issue 9: orders applies the standing's payout-hold days to every payout ---
    @Autowired dev.agora.orders.SellerPayouts payouts;
    @Autowired dev.agora.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    void completeASale(AccountId seller) {
        AccountId buyer = ListingFixtures.newSeller(identity);
        ListingView bike = listings.publish(seller, listings.create(seller,
                ListingFixtures.bike("Held bike " + UUID.randomUUID().toString().substring(0, 8))).id());
        OrderView order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, TrustFixtures.CARD));
        orders.transition(seller, false, order.id(), "hand-over");
        orders.transition(buyer, false, order.id(), "confirm-delivery");
        assertThat(orders.transition(buyer, false, order.id(), "complete").state()).isEqualTo("completed");
    }

    @Test
    void aStrikeHoldsBackRecentSalesFromEveryPayoutForTwoDaysPerStrike() {
        AccountId seller = ListingFixtures.newSeller(identity);
        completeASale(seller);
        completeASale(seller);
        completeASale(seller);
        // three completed orders: no first-payout hold, no strike: everything available can go
        assertThat(payouts.request(seller, Money.of("100.00", "EUR"), UUID.randomUUID().toString()).state()).isEqualTo("SENT");

        jdbc.sql("INSERT INTO trust_strike (id, seller_id, kind, source_key, at, expires_at) VALUES (?, ?, 'LATE_HANDOFF', ?, ?, ?)")
                .params(UUID.randomUUID(), seller.value(), "test:" + UUID.randomUUID(), Timestamp.from(clock.instant()),
                        Timestamp.from(clock.instant().plus(Duration.ofDays(90)))).update();
        assertThat(standing.termsOf(seller)).isEqualTo(new SellerStanding.Terms(0, 2));

        // 845.00 available, all of it from sales released in the last two days: nothing can be paid out yet
        assertThatThrownBy(() -> payouts.request(seller, Money.of("50.00", "EUR"), UUID.randomUUID().toString()))
                .isInstanceOf(dev.agora.kernel.validation.InvalidInputException.class)
                .hasMessageContaining("2 more days");
        payouts.payOutEveryone(clock.instant()); // other tests' sellers may be paid; this one must not be
        assertThat(payouts.payoutsOf(seller)).extracting(SellerPayouts.Payout::trigger).doesNotContain("WEEKLY");

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        completeASale(seller); // a fresh sale (315.00) waits its two days, the older money can go
        assertThatThrownBy(() -> payouts.request(seller, Money.of("845.01", "EUR"), UUID.randomUUID().toString()))
                .hasMessageContaining("Only 845.00");
        assertThat(payouts.request(seller, Money.of("845.00", "EUR"), UUID.randomUUID().toString()).state()).isEqualTo("SENT");
    }
    // --- end issue 9 ---
}
