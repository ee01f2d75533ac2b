package dev.agora.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.AccountType;
import dev.agora.ledger.JournalEntry;
import dev.agora.ledger.LedgerAccount;
import dev.agora.ledger.LedgerManagement;
import dev.agora.ledger.Posting;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The invariants of issue 6 over random sequences of captures, authorisations, releases, refunds, holds,
 * reserves, payouts and replays against the real ledger. Tries: {@code jqwik.tries.default} (200 by default,
 * 5000 with {@code -Plong-tests}).
 */
class LedgerInvariantTests {

    static final Currency EUR = Money.currency("EUR");
    final LedgerFixture fixture = LedgerFixture.INSTANCE;

    @Property
    void theLedgerKeepsItsInvariants(@ForAll("sequences") List<LedgerAction> actions, @ForAll boolean refundAtEnd) {
        var run = new LedgerRun(fixture, "t" + UUID.randomUUID().toString().substring(0, 8));
        List<Runnable> done = new ArrayList<>();
        for (LedgerAction action : actions) {
            if (action instanceof LedgerAction.Replay replay) {
                if (!done.isEmpty()) {
                    Map<LedgerAccount, Money> before = run.balances();
                    done.get(replay.pick() % done.size()).run();
                    assertThat(run.balances()).as("a replay changes nothing").isEqualTo(before);
                }
            } else {
                run.apply(action).ifPresent(done::add);
            }
            run.checkAlways();
        }
        run.finish(refundAtEnd);
        run.checkFinal();
    }

    /** The trial balance sums every posting, so it is checked once after all sequences rather than after each. */
    @AfterContainer
    static void theTrialBalanceIsZero() {
        assertThat(LedgerFixture.INSTANCE.ledger.trialBalance(EUR).balanced()).isTrue();
        assertThat(LedgerFixture.INSTANCE.ledger.trialBalance(EUR).rows()).isNotEmpty();
    }

    @Provide
    Arbitrary<List<LedgerAction>> sequences() {
        Arbitrary<Integer> order = Arbitraries.integers().between(0, LedgerRun.ORDERS - 1);
        Arbitrary<Long> amount = Arbitraries.longs().between(1, 20_000);
        Arbitrary<LedgerAction> action = Arbitraries.oneOf(
                amount.flatMap(a -> order.map(o -> new LedgerAction.Capture(o, a))),
                amount.flatMap(a -> order.map(o -> new LedgerAction.Authorise(o, a))),
                Arbitraries.longs().between(0, 12_000).flatMap(part -> order.map(o -> new LedgerAction.CaptureAuthorised(o, part))),
                order.map(LedgerAction.VoidAuthorised::new),
                Arbitraries.integers().between(0, 3_000).flatMap(bp -> Arbitraries.longs().between(0, 300)
                        .flatMap(fee -> order.map(o -> new LedgerAction.Release(o, bp, fee)))),
                amount.flatMap(a -> order.map(o -> new LedgerAction.Refund(o, a))),
                order.map(LedgerAction.PlaceHold::new),
                order.map(LedgerAction.LiftHold::new),
                amount.flatMap(a -> Arbitraries.integers().between(0, 1).flatMap(s -> Arbitraries.of(true, false)
                        .map(r -> new LedgerAction.Reserve(s, a, r)))),
                amount.flatMap(a -> Arbitraries.integers().between(0, 1).map(s -> new LedgerAction.Payout(s, a))),
                Arbitraries.integers().between(0, 50).flatMap(p -> Arbitraries.of(true, false)
                        .map(ok -> new LedgerAction.FinishPayout(p, ok))),
                Arbitraries.integers().between(0, 1_000).map(LedgerAction.Replay::new));
        return action.list().ofMinSize(1).ofMaxSize(25);
    }

    /** Rebuilds every balance of a run's accounts from its entries and checks the invariants on them. */
    static Map<LedgerAccount, Long> rebuild(List<JournalEntry> entries, Set<String> owners) {
        Map<LedgerAccount, Long> sums = new LinkedHashMap<>();
        for (JournalEntry entry : entries) {
            Map<String, Long> perCurrency = new HashMap<>();
            entry.postings().forEach(p -> perCurrency.merge(p.account().currency().getCurrencyCode(), p.amountMinor(), Long::sum));
            assertThat(perCurrency.values()).as("entry %s balances", entry.id()).allMatch(sum -> sum == 0);
            if (!entry.pending()) {
                for (Posting p : entry.postings()) {
                    if (owners.contains(p.account().owner())) {
                        sums.merge(p.account(), p.amountMinor(), Long::sum);
                    }
                }
            }
        }
        return sums;
    }

    static Map<AccountType, Long> byType(Map<LedgerAccount, Long> sums) {
        return sums.entrySet().stream().collect(Collectors.groupingBy(e -> e.getKey().type(),
                Collectors.summingLong(e -> e.getKey().type().normalBalance(e.getValue()))));
    }

    static boolean rejected(Runnable command) {
        try {
            command.run();
            return false;
        } catch (InvalidInputException e) {
            return true;
        }
    }

    static LedgerManagement.Capture capture(String id, String order, String seller, long cents, String auth) {
        return new LedgerManagement.Capture(id, order, seller, new Money(cents, EUR), auth);
    }
}
