package dev.agora.orders.internal.api;

import dev.agora.identity.Member;
import dev.agora.kernel.idempotency.Idempotent;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.web.ApiController;
import dev.agora.orders.SellerPayouts;
import dev.agora.orders.internal.api.OrderJson.AmountJson;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/me/balance} and {@code /api/v1/me/payouts}: a seller's money and payout requests. */
@ApiController("/api/v1")
class BalanceApi {

    private final SellerPayouts payouts;

    BalanceApi(SellerPayouts payouts) {
        this.payouts = payouts;
    }

    record BalanceJson(String currency, AmountJson pending, AmountJson available, AmountJson reserved,
            AmountJson inTransit, AmountJson paidOut, AmountJson minimumPayout, boolean canPayOut,
            @Nullable String holdReason, @Nullable Instant firstPayoutHeldUntil, long completedOrders,
            List<StatementJson> statement, List<PayoutJson> payouts, AmountJson debt, AmountJson payable,
            AmountJson heldByStanding, int standingHoldDays) { // orders-gaps: the payout hold from trust standing

        static BalanceJson of(SellerPayouts.Balance b) {
            var m = b.money();
            return new BalanceJson(m.available().currencyCode(), AmountJson.of(m.pending()), AmountJson.of(m.available()),
                    AmountJson.of(m.reserved()), AmountJson.of(m.inTransit()), AmountJson.of(m.paidOut()),
                    AmountJson.of(b.minimum()), b.canPayOut(), b.holdReason(), b.firstPayoutHeldUntil(), b.completedOrders(),
                    b.statement().stream().map(l -> new StatementJson(l.entryId(), l.at(), l.code().name(), l.reference(),
                            l.account().name(), AmountJson.of(l.amount()), l.memo())).toList(),
                    b.payouts().stream().map(PayoutJson::of).toList(),
                    AmountJson.of(m.debt()), AmountJson.of(m.payable()), // issue 6
                    AmountJson.of(b.heldByStanding()), b.standingHoldDays());
        }
    }

    record StatementJson(String entryId, Instant at, String code, String reference, String account, AmountJson amount,
            String memo) {}

    record PayoutJson(String id, AmountJson amount, String trigger, String state, @Nullable String failure,
            Instant requestedAt) {

        static PayoutJson of(SellerPayouts.Payout p) {
            return new PayoutJson(p.id(), AmountJson.of(p.amount()), p.trigger(), p.state(), p.failure(), p.requestedAt());
        }
    }

    /** @param amount a decimal string ("25.00"); all available money when absent */
    record PayoutRequest(@Nullable String amount, @Nullable String currency) {

        @Nullable Money money() {
            String code = currency == null || currency.isBlank() ? "EUR" : currency.strip().toUpperCase(java.util.Locale.ROOT);
            if (!Money.isKnownCurrency(code)) {
                throw InvalidInputException.of("currency", "orders.payout.currency", "Unknown currency " + code);
            }
            if (amount == null || amount.isBlank()) {
                return null;
            }
            try {
                return Money.of(new BigDecimal(amount.strip()), Currency.getInstance(code));
            } catch (RuntimeException e) {
                throw InvalidInputException.of("amount", "orders.payout.amount", "Give the amount as a decimal, e.g. 25.00");
            }
        }
    }

    @Operation(summary = "The signed-in seller's balance (pending, available, reserved, in transit, paid out), statement and payouts")
    @GetMapping("/me/balance")
    BalanceJson balance(@AuthenticationPrincipal @Nullable Member me, @RequestParam(defaultValue = "EUR") String currency) {
        if (!Money.isKnownCurrency(currency)) {
            throw InvalidInputException.of("currency", "orders.payout.currency", "Unknown currency " + currency);
        }
        return BalanceJson.of(payouts.balance(signedIn(me).id(), Currency.getInstance(currency)));
    }

    @Operation(summary = "Pays out (part of) the available balance; Idempotency-Key required, at least the minimum, at most available")
    @Idempotent
    @PostMapping("/me/payouts")
    ResponseEntity<PayoutJson> payout(@AuthenticationPrincipal @Nullable Member me,
            @RequestHeader("Idempotency-Key") String key, @RequestBody(required = false) @Nullable PayoutRequest request) {
        Member member = signedIn(me);
        var payout = payouts.request(member.id(), request == null ? null : request.money(), key);
        return ResponseEntity.created(URI.create("/api/v1/me/payouts/" + payout.id())).body(PayoutJson.of(payout));
    }

    private static Member signedIn(@Nullable Member me) {
        if (me == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in or send an API token");
        }
        return me;
    }
}
