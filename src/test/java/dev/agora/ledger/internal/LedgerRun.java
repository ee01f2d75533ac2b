package dev.agora.ledger.internal;

import static dev.agora.ledger.internal.LedgerInvariantTests.EUR;
import static dev.agora.ledger.internal.LedgerInvariantTests.capture;
import static dev.agora.ledger.internal.LedgerInvariantTests.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.kernel.money.Money;
import dev.agora.ledger.AccountType;
import dev.agora.ledger.EntryCode;
import dev.agora.ledger.JournalEntry;
import dev.agora.ledger.LedgerAccount;
import dev.agora.ledger.LedgerManagement;
import dev.agora.ledger.LedgerManagement.MoveReserve;
import dev.agora.ledger.LedgerManagement.PlaceHold;
import dev.agora.ledger.LedgerManagement.Refund;
import dev.agora.ledger.LedgerManagement.Release;
import dev.agora.ledger.LedgerManagement.RequestPayout;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One sequence: a simple model of what should happen, the real ledger, and the checks between them. */
final class LedgerRun {

    static final int ORDERS = 3;

    private record Open(String id, long cents, int seller) {}

    private final LedgerFixture fixture;
    private final LedgerManagement ledger;
    private final String prefix;
    private int next;
    private final long[] escrow = new long[ORDERS];
    private final long[] captured = new long[ORDERS];
    private final long[] refunded = new long[ORDERS];
    private final long[] available = new long[2];
    private final long[] reserve = new long[2];
    private long feesCharged;
    private final List<Deque<String>> authorisations = new ArrayList<>();
    private final Map<String, Long> authorised = new LinkedHashMap<>();
    private final List<Deque<String>> holds = new ArrayList<>();
    private final List<Open> payouts = new ArrayList<>();

    LedgerRun(LedgerFixture fixture, String prefix) {
        this.fixture = fixture;
        this.ledger = fixture.ledger;
        this.prefix = prefix;
        for (int i = 0; i < ORDERS; i++) {
            authorisations.add(new ArrayDeque<>());
            holds.add(new ArrayDeque<>());
        }
    }

    String order(int o) {
        return prefix + "-o" + o;
    }

    String seller(int s) {
        return prefix + "-s" + s;
    }

    /** Runs the action against model and ledger; returns the command to replay when it was accepted. */
    Optional<Runnable> apply(LedgerAction action) {
        String id = prefix + "-e" + next++;
        return switch (action) {
            case LedgerAction.Capture c -> expect(true, () -> ledger.capture(
                    capture(id, order(c.order()), seller(c.order() % 2), c.cents(), null)), () -> {
                escrow[c.order()] += c.cents();
                captured[c.order()] += c.cents();
            });
            case LedgerAction.Authorise a -> expect(true, () -> ledger.authorise(
                    new LedgerManagement.Authorise(id, order(a.order()), money(a.cents()))), () -> {
                authorisations.get(a.order()).add(id);
                authorised.put(id, a.cents());
            });
            case LedgerAction.CaptureAuthorised c -> {
                String auth = authorisations.get(c.order()).peek();
                if (auth == null) {
                    yield Optional.empty();
                }
                long cents = c.cents() == 0 ? authorised.get(auth) : Math.min(c.cents(), authorised.get(auth));
                yield expect(true, () -> ledger.capture(capture(id, order(c.order()), seller(c.order() % 2), cents, auth)), () -> {
                    authorisations.get(c.order()).remove();
                    escrow[c.order()] += cents;
                    captured[c.order()] += cents;
                });
            }
            case LedgerAction.VoidAuthorised v -> {
                String auth = authorisations.get(v.order()).peek();
                yield auth == null ? Optional.empty()
                        : expect(true, () -> ledger.voidAuthorisation(auth), () -> authorisations.get(v.order()).remove());
            }
            case LedgerAction.Release r -> {
                long balance = escrow[r.order()];
                long commission = money(balance).percentOf(r.commissionBasisPoints()).minorUnits();
                boolean allowed = holds.get(r.order()).isEmpty() && balance > 0 && commission + r.buyerFeeCents() <= balance;
                int s = r.order() % 2;
                yield expect(allowed, () -> ledger.release(new Release(id, order(r.order()), seller(s), money(commission),
                        money(r.buyerFeeCents()))), () -> {
                    escrow[r.order()] = 0;
                    available[s] += balance - commission - r.buyerFeeCents();
                    feesCharged += commission + r.buyerFeeCents();
                });
            }
            case LedgerAction.Refund r -> expect(r.cents() <= escrow[r.order()],
                    () -> ledger.refund(new Refund(id, order(r.order()), money(r.cents()), "refund")), () -> {
                escrow[r.order()] -= r.cents();
                refunded[r.order()] += r.cents();
            });
            case LedgerAction.PlaceHold h -> expect(true,
                    () -> ledger.placeHold(new PlaceHold(id, order(h.order()), "dispute")), () -> holds.get(h.order()).add(id));
            case LedgerAction.LiftHold h -> {
                String hold = holds.get(h.order()).peek();
                yield hold == null ? Optional.empty()
                        : expect(true, () -> ledger.releaseHold(hold), () -> holds.get(h.order()).remove());
            }
            case LedgerAction.Reserve r -> expect(r.cents() <= (r.toReserve() ? available[r.seller()] : reserve[r.seller()]),
                    () -> ledger.moveReserve(new MoveReserve(id, seller(r.seller()), money(r.cents()), r.toReserve())), () -> {
                long signed = r.toReserve() ? r.cents() : -r.cents();
                available[r.seller()] -= signed;
                reserve[r.seller()] += signed;
            });
            case LedgerAction.Payout p -> expect(p.cents() <= available[p.seller()],
                    () -> ledger.requestPayout(new RequestPayout(id, seller(p.seller()), money(p.cents()))), () -> {
                available[p.seller()] -= p.cents();
                payouts.add(new Open(id, p.cents(), p.seller()));
            });
            case LedgerAction.FinishPayout f -> {
                if (payouts.isEmpty()) {
                    yield Optional.empty();
                }
                Open payout = payouts.get(f.payout() % payouts.size());
                yield expect(true, () -> {
                    if (f.settled()) {
                        ledger.settlePayout(id, payout.id());
                    } else {
                        ledger.failPayout(id, payout.id());
                    }
                }, () -> {
                    payouts.remove(payout);
                    if (!f.settled()) {
                        available[payout.seller()] += payout.cents();
                    }
                });
            }
            case LedgerAction.Replay r -> throw new IllegalArgumentException("replays are resolved by the property");
        };
    }

    private Optional<Runnable> expect(boolean allowed, Runnable command, Runnable model) {
        Runnable inTx = () -> fixture.inTransaction(() -> {
            command.run();
            return null;
        });
        boolean refused = rejected(inTx);
        assertThat(refused).as("ledger refused (model allowed: %s)", allowed).isEqualTo(!allowed);
        if (refused) {
            return Optional.empty();
        }
        model.run();
        return Optional.of(inTx);
    }

    /** Every balance of this run's accounts, as the ledger reports it. */
    Map<LedgerAccount, Money> balances() {
        Map<LedgerAccount, Money> balances = new LinkedHashMap<>();
        for (LedgerAccount account : accounts()) {
            balances.put(account, ledger.balance(account));
        }
        return balances;
    }

    void checkAlways() {
        for (int o = 0; o < ORDERS; o++) {
            var state = ledger.escrowOf(order(o), EUR);
            assertThat(state.balance().minorUnits()).isEqualTo(escrow[o]).isNotNegative();
            assertThat(state.refunded().minorUnits()).isEqualTo(refunded[o]).isLessThanOrEqualTo(state.captured().minorUnits());
        }
        for (int s = 0; s < 2; s++) {
            var balance = ledger.sellerBalance(seller(s), EUR);
            assertThat(balance.available().minorUnits()).isEqualTo(available[s]).isNotNegative();
            assertThat(balance.reserved().minorUnits()).isEqualTo(reserve[s]).isNotNegative();
            assertThat(balance.inTransit().minorUnits()).isNotNegative();
        }
    }

    /** Drives every order to a final state: holds lifted, authorisations voided, escrow released or refunded. */
    void finish(boolean refundAtEnd) {
        for (int o = 0; o < ORDERS; o++) {
            while (!holds.get(o).isEmpty()) apply(new LedgerAction.LiftHold(o));
            while (!authorisations.get(o).isEmpty()) apply(new LedgerAction.VoidAuthorised(o));
            if (escrow[o] > 0) {
                apply(refundAtEnd ? new LedgerAction.Refund(o, escrow[o]) : new LedgerAction.Release(o, 1_000, 0));
            }
        }
        while (!payouts.isEmpty()) apply(new LedgerAction.FinishPayout(0, payouts.size() % 2 == 0));
    }

    void checkFinal() {
        checkAlways();
        List<JournalEntry> entries = new ArrayList<>();
        Set<String> owners = new HashSet<>();
        for (int o = 0; o < ORDERS; o++) {
            assertThat(escrow[o]).as("escrow of a finished order").isZero();
            entries.addAll(ledger.entriesAbout(order(o)));
            owners.add(order(o));
        }
        for (int s = 0; s < 2; s++) {
            entries.addAll(ledger.entriesAbout(seller(s)));
            owners.add(seller(s));
        }
        var rebuilt = LedgerInvariantTests.rebuild(entries, owners);
        rebuilt.forEach((account, sum) -> assertThat(ledger.balance(account).minorUnits())
                .as("stored balance of %s equals the journal's", account.key())
                .isEqualTo(account.type().normalBalance(sum)));
        for (JournalEntry entry : entries) {
            if (entry.pending() || entry.code() == EntryCode.PAYOUT) {
                assertThat(fixture.reader.resolutionOf(entry.id())).as("%s resolved once", entry.id()).isPresent();
            }
        }
        long revenue = entries.stream().flatMap(e -> e.postings().stream())
                .filter(p -> p.account().type() == AccountType.REVENUE_BUYER_FEE
                        || p.account().type() == AccountType.REVENUE_SELLER_COMMISSION)
                .mapToLong(p -> p.account().type().normalBalance(p.amountMinor())).sum();
        assertThat(revenue).as("revenue = fees charged − fees refunded").isEqualTo(feesCharged);
    }

    private List<LedgerAccount> accounts() {
        List<LedgerAccount> accounts = new ArrayList<>();
        for (int o = 0; o < ORDERS; o++) accounts.add(LedgerAccount.escrow(order(o), EUR));
        for (int s = 0; s < 2; s++) {
            for (AccountType type : List.of(AccountType.SELLER_AVAILABLE, AccountType.SELLER_RESERVE, AccountType.PAYOUTS_IN_TRANSIT)) {
                accounts.add(LedgerAccount.seller(type, seller(s), EUR));
            }
        }
        return accounts;
    }

    private static Money money(long cents) {
        return new Money(cents, EUR);
    }
}
