package dev.agora.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.LedgerManagement.Authorise;
import dev.agora.ledger.LedgerManagement.Capture;
import dev.agora.ledger.LedgerManagement.PlaceHold;
import dev.agora.ledger.LedgerManagement.ProviderFee;
import dev.agora.ledger.LedgerManagement.Refund;
import dev.agora.ledger.LedgerManagement.Release;
import dev.agora.ledger.LedgerManagement.RequestPayout;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ledger's flows on a real database; run on H2 and on PostgreSQL by the two subclasses. */
abstract class LedgerContract {

    @Autowired
    LedgerManagement ledger;

    final String order = "order-" + UUID.randomUUID();
    final String seller = "seller-" + UUID.randomUUID();

    static Money eur(long cents) {
        return Money.ofMinor(cents, "EUR");
    }

    String id(String what) {
        return order + "-" + what;
    }

    void captured(long cents) {
        ledger.capture(new Capture(id("capture"), order, seller, eur(cents), null));
    }

    @Test
    void releaseSplitsTheEscrowIntoSellerCommissionAndBuyerFee() {
        captured(10_500);

        var entry = ledger.release(new Release(id("release"), order, seller, eur(1_000), eur(500)));

        assertThat(entry.postings()).hasSize(4);
        assertThat(ledger.escrowOf(order, eur(0).currency()).balance()).isEqualTo(eur(0));
        assertThat(ledger.sellerBalance(seller, eur(0).currency()).available()).isEqualTo(eur(9_000));
        assertThat(ledger.trialBalance(eur(0).currency()).balanced()).isTrue();
    }

    @Test
    void sellerSeesCapturedOrdersAsPending() {
        captured(2_000);

        assertThat(ledger.sellerBalance(seller, eur(0).currency()).pending()).isEqualTo(eur(2_000));
    }

    @Test
    void replayingAnEntryChangesNothingAndReturnsTheOriginal() {
        captured(1_000);
        var first = ledger.entry(id("capture")).orElseThrow();

        var again = ledger.capture(new Capture(id("capture"), order, seller, eur(1_000), null));

        assertThat(again).isEqualTo(first);
        assertThat(ledger.escrowOf(order, eur(0).currency()).captured()).isEqualTo(eur(1_000));
    }

    @Test
    void reusingAnEntryIdForOtherContentIsRejected() {
        captured(1_000);

        assertThatThrownBy(() -> ledger.capture(new Capture(id("capture"), order, seller, eur(1_001), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already used");
        assertThat(ledger.escrowOf(order, eur(0).currency()).captured()).isEqualTo(eur(1_000));
    }

    @Test
    void refundsNeverExceedWhatIsLeftInEscrow() {
        captured(1_000);
        ledger.refund(new Refund(id("refund-1"), order, eur(600), "partial"));

        assertThatThrownBy(() -> ledger.refund(new Refund(id("refund-2"), order, eur(401), "too much")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Not enough");
        // orders-lean: the journal writes the entry row before the balance guard; a refusal must leave no trace
        assertThat(ledger.entry(id("refund-2"))).isEmpty();

        ledger.refund(new Refund(id("refund-3"), order, eur(400), "rest"));
        var escrow = ledger.escrowOf(order, eur(0).currency());
        assertThat(escrow.refunded()).isEqualTo(eur(1_000));
        assertThat(escrow.balance()).isEqualTo(eur(0));
    }

    @Test
    void releaseIsRefusedWhileAHoldStands() {
        captured(1_000);
        ledger.placeHold(new PlaceHold(id("hold"), order, "dispute"));

        assertThatThrownBy(() -> ledger.release(new Release(id("release"), order, seller, eur(100), eur(0))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("hold");
        assertThat(ledger.escrowOf(order, eur(0).currency()).held()).isTrue();

        ledger.releaseHold(id("hold"));
        ledger.releaseHold(id("hold"));
        ledger.release(new Release(id("release"), order, seller, eur(100), eur(0)));
        assertThat(ledger.sellerBalance(seller, eur(0).currency()).available()).isEqualTo(eur(900));
    }

    @Test
    void anAuthorisationIsPostedOrVoidedExactlyOnce() {
        ledger.authorise(new Authorise(id("auth"), order, eur(1_000)));
        assertThat(ledger.escrowOf(order, eur(0).currency()).authorisedPending()).isEqualTo(eur(1_000));
        assertThat(ledger.escrowOf(order, eur(0).currency()).balance()).isEqualTo(eur(0));

        ledger.capture(new Capture(id("capture"), order, seller, eur(800), id("auth")));

        assertThatThrownBy(() -> ledger.capture(new Capture(id("capture-2"), order, seller, eur(200), id("auth"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ledger.voidAuthorisation(id("auth"))).isInstanceOf(InvalidInputException.class);
        var escrow = ledger.escrowOf(order, eur(0).currency());
        assertThat(escrow.captured()).isEqualTo(eur(800));
        assertThat(escrow.authorisedPending()).isEqualTo(eur(0));
    }

    @Test
    void aVoidedAuthorisationCannotBeCaptured() {
        ledger.authorise(new Authorise(id("auth"), order, eur(1_000)));
        ledger.voidAuthorisation(id("auth"));
        ledger.voidAuthorisation(id("auth"));

        assertThatThrownBy(() -> ledger.capture(new Capture(id("capture"), order, seller, eur(1_000), id("auth"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ledger.escrowOf(order, eur(0).currency()).authorisedPending()).isEqualTo(eur(0));
    }

    @Test
    void payoutsNeverExceedAvailableAndAFailedOneComesBack() {
        captured(1_000);
        ledger.release(new Release(id("release"), order, seller, eur(100), eur(0)));

        assertThatThrownBy(() -> ledger.requestPayout(new RequestPayout(id("payout-0"), seller, eur(901))))
                .isInstanceOf(InvalidInputException.class);
        ledger.requestPayout(new RequestPayout(id("payout-1"), seller, eur(900)));
        assertThat(ledger.sellerBalance(seller, eur(0).currency()).inTransit()).isEqualTo(eur(900));

        ledger.failPayout(id("payout-1-failed"), id("payout-1"));
        assertThatThrownBy(() -> ledger.settlePayout(id("payout-1-settled"), id("payout-1")))
                .isInstanceOf(InvalidInputException.class);
        ledger.requestPayout(new RequestPayout(id("payout-2"), seller, eur(900)));
        ledger.settlePayout(id("payout-2-settled"), id("payout-2"));

        var balance = ledger.sellerBalance(seller, eur(0).currency());
        assertThat(balance.available()).isEqualTo(eur(0));
        assertThat(balance.paidOut()).isEqualTo(eur(900));
        assertThat(ledger.statement(seller, eur(0).currency())).extracting(StatementLine::code)
                .contains(EntryCode.RELEASE, EntryCode.PAYOUT, EntryCode.PAYOUT_FAILURE, EntryCode.PAYOUT_SETTLEMENT);
    }

    @Test
    void aCorrectionIsAReversingEntryLinkedToTheOriginal() {
        ledger.recordProviderFee(new ProviderFee(id("fee"), order, eur(35)));

        var reversal = ledger.reverse(id("fee-reversal"), id("fee"), "fee refunded by provider");

        assertThat(reversal.reverses()).isEqualTo(id("fee"));
        assertThatThrownBy(() -> ledger.reverse(id("fee-reversal-2"), id("fee"), "again"))
                .isInstanceOf(RuntimeException.class);
        assertThat(ledger.entriesAbout(order)).hasSize(2);
    }

    @Test
    void aReversalThatWouldEmptyARefundedEscrowIsRefused() {
        captured(1_000);
        ledger.refund(new Refund(id("refund"), order, eur(1_000), "cancelled"));

        assertThatThrownBy(() -> ledger.reverse(id("reversal"), id("capture"), "wrong capture"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void racingPayoutsNeverSpendMoreThanAvailable() throws Exception {
        captured(1_000);
        ledger.release(new Release(id("release"), order, seller, eur(0), eur(0)));
        var pool = Executors.newFixedThreadPool(6);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String payoutId = id("payout-" + i);
            attempts.add(pool.submit(() -> {
                try {
                    ledger.requestPayout(new RequestPayout(payoutId, seller, eur(400)));
                    return true;
                } catch (InvalidInputException e) {
                    return false;
                }
            }));
        }
        int accepted = 0;
        for (var attempt : attempts) {
            accepted += attempt.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(accepted).isEqualTo(2);
        assertThat(ledger.sellerBalance(seller, eur(0).currency()).available()).isEqualTo(eur(200));
    }

    @Test
    void aRacingCaptureAndVoidResolveAnAuthorisationOnce() throws Exception {
        ledger.authorise(new Authorise(id("auth"), order, eur(1_000)));
        var pool = Executors.newFixedThreadPool(2);
        Future<?> capture = pool.submit(() -> ledger.capture(new Capture(id("capture"), order, seller, eur(1_000), id("auth"))));
        Future<?> voiding = pool.submit(() -> ledger.voidAuthorisation(id("auth")));
        int failures = 0;
        for (Future<?> f : List.of(capture, voiding)) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failures++;
            }
        }
        pool.shutdown();

        assertThat(failures).isEqualTo(1);
        var escrow = ledger.escrowOf(order, eur(0).currency());
        assertThat(escrow.authorisedPending()).isEqualTo(eur(0));
        assertThat(escrow.captured().minorUnits()).isIn(0L, 1_000L);
    }

    @Test
    void everyCurrencyBalances() {
        captured(1_000);
        ledger.capture(new Capture(id("capture-yen"), order, seller, Money.ofMinor(1_500, "JPY"), null));

        assertThat(ledger.currencies()).extracting(c -> c.getCurrencyCode()).contains("EUR", "JPY");
        ledger.currencies().forEach(c -> assertThat(ledger.trialBalance(c).balanced()).isTrue());
    }
}
