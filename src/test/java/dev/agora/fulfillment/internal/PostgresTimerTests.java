package dev.agora.fulfillment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import dev.agora.PostgresTest;
import dev.agora.TestClock;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.money.Money;
import dev.agora.ledger.LedgerManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.orders.DeliveryChoice;
import dev.agora.orders.DeliveryMethod;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Two app nodes on one PostgreSQL: the application's scheduler plus a second, independent scheduler on the same
 * database and tasks (what another instance runs). Every due timer fires exactly once between them.
 */
@PostgresTest
class PostgresTimerTests {

    static final Currency EUR = Currency.getInstance("EUR");

    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired LedgerManagement ledger;
    @Autowired TestClock testClock;
    @Autowired DataSource dataSource;
    @Autowired List<Task<?>> tasks;

    Scheduler secondNode;

    @AfterEach
    void stop() {
        if (secondNode != null) {
            secondNode.stop();
        }
        testClock.reset();
    }

    @Test
    void shipByTimersFireExactlyOnceWithTwoSchedulersOnOneDatabase() {
        secondNode = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks.stream().filter(t -> !(t instanceof com.github.kagkarlsson.scheduler.task.OnStartup)).toList())
                .tableName("scheduled_tasks").pollingInterval(Duration.ofMillis(300)).threads(4)
                .clock(testClock::instant).schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed("second-node"))
                .build();
        secondNode.start();

        List<OrderView> placed = new ArrayList<>();
        List<AccountId> buyers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            AccountId seller = ListingFixtures.newSeller(identity);
            AccountId buyer = ListingFixtures.newSeller(identity);
            var draft = ListingFixtures.bike("Timer bike " + UUID.randomUUID().toString().substring(0, 8));
            var listing = listings.publish(seller, listings.create(seller, draft).id());
            placed.add(orders.place(buyer, new PlaceOrder(listing.id(), 1, null, "4242 4242 4242 4242",
                    DeliveryChoice.of(DeliveryMethod.MEETUP))));
            buyers.add(buyer);
        }

        testClock.advance(Duration.ofDays(5).plusMinutes(1));

        for (OrderView order : placed) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(orders.get(order.id()).state()).isEqualTo("refunded"));
        }
        for (OrderView order : placed) {
            OrderView refunded = orders.get(order.id());
            assertThat(refunded.timeline()).filteredOn(s -> s.transition().equals("ship-by")).hasSize(1);
            var escrow = ledger.escrowOf(order.id().toString(), EUR);
            assertThat(escrow.refunded()).isEqualTo(order.quote().buyerTotal());
            assertThat(escrow.balance()).isEqualTo(Money.ofMinor(0, "EUR"));
        }
    }
}
