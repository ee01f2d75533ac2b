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
 * The invariants checked after every step of a sequence (numbers as in issue 6): 1 entries balance; 2 + 9 escrow and
 * seller accounts never negative; 3 + 5 a final order's escrow is zero and its authorisation resolved; 4 refunds never
 * exceed captured and the order agrees with the ledger; 7 the escrow rebuilt from the journal equals the reported
 * balance; 10 the commission is the configured rate with one rounding; 11 revenue is fees charged minus fees refunded;
 * booked days are freed exactly when a booking ends without taking place. (6, replays, and 8, holds, are checked by
 * the steps that replay and hold.)
 */
final class InvariantChecks {

    private InvariantChecks() {}

    static final Currency EUR = InvariantModel.EUR;

    static void check(InvariantModel model, List<OrderId> placed, List<OrderId> bookings) {
        for (OrderId id : placed) {
            OrderView view = model.orders.get(id);
            var escrow = model.ledger.escrowOf(id.toString(), EUR);
            List<JournalEntry> entries = model.ledger.entriesAbout(id.toString());
            // 1. every entry balances
            entries.forEach(e -> assertThat(e.postings().stream().mapToLong(Posting::amountMinor).sum()).as("entry %s", e.id()).isZero());
            // 2. no liability negative
            assertThat(escrow.balance().minorUnits()).isNotNegative();
            // 4. refunds never exceed captured, and the order agrees with the ledger
            long afterRelease = InvariantModel.refundedAfterRelease(entries);
            assertThat(escrow.refunded().minorUnits() + afterRelease).isLessThanOrEqualTo(escrow.captured().minorUnits());
            assertThat(view.refunded().minorUnits()).as("order %s refunded", id).isEqualTo(escrow.refunded().minorUnits() + afterRelease);
            // 7. the balance rebuilt from the journal equals the reported one
            long rebuilt = entries.stream().filter(e -> !e.pending()).flatMap(e -> e.postings().stream())
                    .filter(p -> p.account().type() == AccountType.ESCROW).mapToLong(p -> p.normalAmount().minorUnits()).sum();
            assertThat(rebuilt).isEqualTo(escrow.balance().minorUnits());
            if (view.finished() && bookings.contains(id)) {
                // issue 6: a booking that ended without taking place frees its days; a completed one keeps them
                assertThat(model.rentals.heldBy(id.value()).isEmpty()).as("days of %s freed", id).isEqualTo(!view.state().equals("completed"));
            }
            if (view.finished()) {
                // 3. + 5. escrow empty, the authorisation resolved
                assertThat(escrow.balance()).as("escrow of final order %s", id).isEqualTo(Money.zero(EUR));
                assertThat(escrow.authorisedPending()).isEqualTo(Money.zero(EUR));
            }
            entries.stream().filter(e -> e.code() == dev.agora.ledger.EntryCode.RELEASE).findFirst().ifPresent(release -> {
                Money items = view.quote().lines().stream().filter(l -> l.kind() == LineItem.Kind.ITEM).findFirst().orElseThrow().amount();
                // 10. the commission is the configuration's rate with one rounding
                assertThat(view.quote().commission()).isEqualTo(items.percentOf(model.commission.current().rules().sellerBasisPoints()));
                // a rental's deposit goes back before anything else and is no fee (issue 7)
                Money refundedBeyondDeposit = Money.ofMinor(Math.max(0, view.refunded().minorUnits() - view.quote().deposit().minorUnits()), "EUR");
                var fees = RefundShares.feesAfter(refundedBeyondDeposit, view.quote().sellerNet(), view.quote().commission(), view.quote().platformFee());
                // net of what refunds after release took back (issue 6)
                long revenue = entries.stream().filter(e -> e.code() == dev.agora.ledger.EntryCode.RELEASE
                                || e.code() == dev.agora.ledger.EntryCode.REFUND).flatMap(e -> e.postings().stream())
                        .filter(p -> p.account().type() == AccountType.REVENUE_SELLER_COMMISSION
                                || p.account().type() == AccountType.REVENUE_BUYER_FEE).mapToLong(p -> p.normalAmount().minorUnits()).sum();
                // 11. revenue = fees charged − fees refunded
                long feesRefunded = Math.max(0, refundedBeyondDeposit.minorUnits() - view.quote().sellerNet().minorUnits());
                assertThat(revenue).isEqualTo(view.quote().commission().plus(view.quote().platformFee()).minorUnits() - feesRefunded)
                        .isEqualTo(fees.commission().plus(fees.platformFee()).minorUnits());
            });
        }
        for (InvariantModel.Shop shop : model.shops) {
            var balance = model.ledger.sellerBalance(shop.seller().toString(), EUR);
            // 2. + 9. seller accounts never negative: a payout never exceeds available
            assertThat(balance.available().minorUnits()).isNotNegative();
            assertThat(balance.inTransit().minorUnits()).isNotNegative();
            assertThat(balance.debt().minorUnits()).isNotNegative();
        }
        // orders-gaps: write-offs less their reversals never go below zero
        assertThat(model.ledger.balance(dev.agora.ledger.LedgerAccount.platform(AccountType.DEBT_WRITE_OFFS, EUR)).minorUnits())
                .isNotNegative();
    }
}
