package dev.agora.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.AccountType;
import dev.agora.ledger.JournalEntry;
import dev.agora.ledger.LedgerManagement;
import dev.agora.ledger.Posting;
import dev.agora.listings.CancellationPolicies;
import dev.agora.listings.CancellationPolicy;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.orders.Actor;
import dev.agora.orders.CommissionConfiguration;
import dev.agora.orders.LineItem;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import dev.agora.orders.SellerPayouts;
import dev.agora.orders.internal.process.ProcessCatalog;
import dev.agora.orders.internal.process.Transition;
import dev.agora.payments.Payments;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The money steps of an invariant sequence: partial refunds in escrow (allowed or refused), refunds after release
 * (the seller's share from available, the rest as debt, to the cent), payouts (sent, failed, refused, held by
 * standing; debts netted first), holds that must block the release, and write-offs of seller debts (orders-gaps).
 */
final class InvariantMoneySteps {

    final InvariantSequence sequence;
    final Random random;
    final List<Runnable> replayable;
    final OrderManagement orders;
    final SellerPayouts payouts;
    final LedgerManagement ledger;
    static final Currency EUR = InvariantModel.EUR;

    InvariantMoneySteps(InvariantSequence sequence) {
        this.sequence = sequence;
        this.random = sequence.random;
        this.replayable = sequence.replayable;
        this.orders = sequence.orders;
        this.payouts = sequence.model.payouts;
        this.ledger = sequence.ledger;
    }

    OrderId anyOrder() {
        return sequence.anyOrder();
    }

    InvariantModel.Shop shop() {
        return sequence.shop();
    }

    Object balances(OrderId id, AccountId seller) {
        return sequence.model.balances(id, seller);
    }

    void partialRefund() {
        OrderId id = anyOrder();
        OrderView view = orders.get(id);
        if (view.state().equals("completed")) {
            refundAfterRelease(id, view);
            return;
        }
        var escrow = ledger.escrowOf(id.toString(), EUR);
        long amount = 1 + random.nextInt((int) Math.max(1, view.quote().buyerTotal().minorUnits() + 500));
        Money money = Money.ofMinor(amount, "EUR");
        String key = "inv-" + UUID.randomUUID().toString().substring(0, 8);
        boolean inEscrow = List.of("paid", "handed_over", "delivered", "in_progress").contains(view.state());
        boolean allowed = inEscrow && escrow.balance().isGreaterThan(money);
        var before = balances(id, view.sellerId());
        if (allowed) {
            orders.refund(view.sellerId(), false, id, money, "invariants", key);
            assertThat(ledger.escrowOf(id.toString(), EUR).balance()).isEqualTo(escrow.balance().minus(money));
            replayable.add(() -> orders.refund(view.sellerId(), false, id, money, "invariants", key));
        } else {
            assertThatThrownBy(() -> orders.refund(view.sellerId(), false, id, money, "invariants", key))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(balances(id, view.sellerId())).as("a refused refund moves nothing").isEqualTo(before);
        }
    }

    /**
     * Issue 6: a refund of a completed order (seller or operator): the seller's share of it leaves their available
     * money, buyer protection fronts what that lacks as the seller's debt, to the cent.
     */
    void refundAfterRelease(OrderId id, OrderView view) {
        long left = view.quote().buyerTotal().minus(view.refunded()).minorUnits();
        long amount = 1 + random.nextInt((int) Math.max(1, left + 300));
        Money money = Money.ofMinor(amount, "EUR");
        String key = "inv-" + UUID.randomUUID().toString().substring(0, 8);
        boolean staff = random.nextBoolean();
        AccountId by = staff ? OrderViews.PLATFORM : view.sellerId();
        var before = ledger.sellerBalance(view.sellerId().toString(), EUR);
        var escrowBefore = ledger.escrowOf(id.toString(), EUR);
        if (amount > left) {
            assertThatThrownBy(() -> orders.refund(by, staff, id, money, "invariants", key)).isInstanceOf(InvalidInputException.class);
            assertThat(ledger.sellerBalance(view.sellerId().toString(), EUR)).as("a refused refund moves nothing").isEqualTo(before);
            return;
        }
        List<JournalEntry> entries = ledger.entriesAbout(id.toString());
        long sellerReleased = entries.stream().filter(e -> e.code() == dev.agora.ledger.EntryCode.RELEASE)
                .flatMap(e -> e.postings().stream()).filter(p -> p.account().type() == AccountType.SELLER_AVAILABLE)
                .mapToLong(p -> p.normalAmount().minorUnits()).sum();
        long refundedSince = InvariantModel.refundedAfterRelease(entries);
        long share = Math.clamp(refundedSince + amount, 0, sellerReleased) - Math.clamp(refundedSince, 0, sellerReleased);
        long fromAvailable = Math.min(share, before.available().minorUnits());
        orders.refund(by, staff, id, money, "invariants", key);
        var after = ledger.sellerBalance(view.sellerId().toString(), EUR);
        assertThat(after.available()).as("taken from available").isEqualTo(before.available().minus(Money.ofMinor(fromAvailable, "EUR")));
        assertThat(after.debt()).as("the rest is the seller's debt").isEqualTo(before.debt().plus(Money.ofMinor(share - fromAvailable, "EUR")));
        assertThat(ledger.escrowOf(id.toString(), EUR)).as("the escrow is untouched").isEqualTo(escrowBefore);
        assertThat(orders.get(id).refunded()).isEqualTo(view.refunded().plus(money));
        replayable.add(() -> orders.refund(by, staff, id, money, "invariants", key));
    }

    void payout() {
        InvariantModel.Shop shop = shop();
        var before = ledger.sellerBalance(shop.seller().toString(), EUR);
        Money payable = before.payable();
        long amount = 1 + random.nextInt((int) Math.max(1, payable.minorUnits() + 3_000));
        Money money = Money.ofMinor(amount, "EUR");
        String key = "inv-" + UUID.randomUUID();
        if (amount >= 1000 && !money.isGreaterThan(payable)) {
            SellerPayouts.Payout payout;
            try {
                payout = payouts.request(shop.seller(), money, key);
            } catch (InvalidInputException heldByStanding) {
                // trust's strikes hold back recent sales on top of the payable balance: refused, nothing moved
                assertThat(heldByStanding.errors()).extracting(InvalidInputException.FieldError::code)
                        .containsExactly("orders.payout.standing-held");
                assertThat(ledger.sellerBalance(shop.seller().toString(), EUR)).isEqualTo(before);
                return;
            }
            var after = ledger.sellerBalance(shop.seller().toString(), EUR);
            // issue 6: a debt is netted from available first
            Money recovered = Money.ofMinor(Math.min(before.debt().minorUnits(), before.available().minorUnits()), "EUR");
            assertThat(after.debt()).isEqualTo(before.debt().minus(recovered));
            if (payout.state().equals("FAILED")) {
                assertThat(after.available()).as("a failed payout returns the money").isEqualTo(before.available().minus(recovered));
            } else {
                assertThat(after.available()).isEqualTo(before.available().minus(money).minus(recovered));
            }
            replayable.add(() -> payouts.request(shop.seller(), money, key));
        } else {
            assertThatThrownBy(() -> payouts.request(shop.seller(), money, key)).isInstanceOf(InvalidInputException.class);
            assertThat(ledger.sellerBalance(shop.seller().toString(), EUR)).isEqualTo(before);
        }
    }

    void holdBlocksRelease() {
        OrderId id = anyOrder();
        OrderView view = orders.get(id);
        if (!List.of("delivered", "in_progress").contains(view.state())) {
            return;
        }
        String hold = "inv-hold-" + UUID.randomUUID();
        ledger.placeHold(new LedgerManagement.PlaceHold(hold, id.toString(), "invariants"));
        var before = balances(id, view.sellerId());
        assertThatThrownBy(() -> orders.transition(view.buyerId(), false, id, "complete")).isInstanceOf(RuntimeException.class);
        assertThat(balances(id, view.sellerId())).as("release refused while a hold stands").isEqualTo(before);
        assertThat(orders.get(id).state()).isEqualTo(view.state());
        ledger.releaseHold(hold);
    }


    /**
     * orders-gaps: finance writes off part of a seller's debt (to the platform's loss) or is refused above the debt;
     * sometimes the write-off is reversed as a mistake. Available money never moves; debt and loss move by the amount.
     */
    void writeOffDebt(InvariantModel.Shop shop) {
        String seller = shop.seller().toString();
        var loss = dev.agora.ledger.LedgerAccount.platform(AccountType.DEBT_WRITE_OFFS, EUR);
        var before = ledger.sellerBalance(seller, EUR);
        Money lossBefore = ledger.balance(loss);
        long amount = 1 + random.nextInt((int) Math.max(1, before.debt().minorUnits() + 300));
        Money money = Money.ofMinor(amount, "EUR");
        var command = new LedgerManagement.WriteOffDebt("inv-write-off-" + UUID.randomUUID(), seller, money, "invariants");
        if (amount > before.debt().minorUnits()) {
            assertThatThrownBy(() -> ledger.writeOffDebt(command)).isInstanceOf(InvalidInputException.class);
            assertThat(ledger.sellerBalance(seller, EUR)).as("a refused write-off moves nothing").isEqualTo(before);
            assertThat(ledger.balance(loss)).isEqualTo(lossBefore);
            return;
        }
        ledger.writeOffDebt(command);
        var after = ledger.sellerBalance(seller, EUR);
        assertThat(after.debt()).as("the debt falls by the write-off").isEqualTo(before.debt().minus(money));
        assertThat(after.available()).isEqualTo(before.available());
        assertThat(ledger.balance(loss)).as("the platform's loss grows by it").isEqualTo(lossBefore.plus(money));
        replayable.add(() -> ledger.writeOffDebt(command));
        if (random.nextInt(4) == 0) { // a mistaken write-off is reversed, never edited
            String reversal = "reversal:" + command.entryId();
            ledger.reverse(reversal, command.entryId(), "invariants");
            assertThat(ledger.sellerBalance(seller, EUR)).isEqualTo(before);
            assertThat(ledger.balance(loss)).isEqualTo(lossBefore);
            replayable.add(() -> ledger.reverse(reversal, command.entryId(), "invariants"));
        }
    }
}
