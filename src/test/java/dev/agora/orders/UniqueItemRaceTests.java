package dev.agora.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.EntryCode;
import dev.agora.ledger.LedgerManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6: 50 buyers race for one unique item, again and again with different seeds (the seed shuffles who starts
 * where and jitters each start by up to 2 ms): every time exactly one order is paid, every other checkout is refused
 * before any money moves, and the ledger holds exactly one capture of the winner's total. Seeds:
 * {@code agora.orders.race.seeds} (3; 20 with {@code -Plong-tests}).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UniqueItemRaceTests {

    static final String CARD = "4242 4242 4242 4242";
    static final Currency EUR = Currency.getInstance("EUR");

    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired LedgerManagement ledger;

    final List<AccountId> buyers = new ArrayList<>();

    @BeforeAll
    void fiftyBuyers() {
        for (int i = 0; i < 50; i++) {
            buyers.add(ListingFixtures.newSeller(identity));
        }
    }

    static LongStream seeds() {
        long base = Long.getLong("agora.orders.race.seed", 20261207L);
        return LongStream.range(0, Integer.getInteger("agora.orders.race.seeds", 3)).map(i -> base + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fiftyBuyersRacingForOneUniqueItemMakeOneSaleAndNoMoneyIsLost(long seed) throws Exception {
        Random random = new Random(seed);
        AccountId seller = ListingFixtures.newSeller(identity);
        var bike = listings.publish(seller, listings.create(seller,
                ListingFixtures.bike("Race bike " + seed + " " + UUID.randomUUID().toString().substring(0, 8))).id());
        List<AccountId> order = new ArrayList<>(buyers);
        Collections.shuffle(order, random);
        long[] jitter = random.longs(50, 0, 2_000_000).toArray();

        var outcomes = OrderApiTests.race(50, i -> {
            LockSupport.parkNanos(jitter[i]); // spread the starts as the seed says
            try {
                return orders.place(order.get(i), new PlaceOrder(bike.id(), 1, null, CARD)).id().toString();
            } catch (InvalidInputException refused) {
                return "refused";
            }
        });

        List<String> won = outcomes.stream().filter(o -> !o.equals("refused")).toList();
        assertThat(won).as("seed %d", seed).hasSize(1);
        OrderView sale = orders.get(OrderId.of(won.getFirst()));
        assertThat(sale.state()).isEqualTo("paid");
        assertThat(orders.salesOf(seller)).singleElement().extracting(OrderView::id).isEqualTo(sale.id());
        // no money lost or made: one capture of exactly the winner's total, all of it in escrow
        var escrow = ledger.escrowOf(sale.id().toString(), EUR);
        assertThat(escrow.captured()).isEqualTo(sale.quote().buyerTotal());
        assertThat(escrow.balance()).isEqualTo(sale.quote().buyerTotal());
        assertThat(escrow.authorisedPending()).isEqualTo(Money.zero(EUR));
        assertThat(ledger.entriesAbout(sale.id().toString())).filteredOn(e -> e.code() == EntryCode.CAPTURE).hasSize(1);
        assertThat(ledger.trialBalance(EUR).balanced()).isTrue();
    }
}
