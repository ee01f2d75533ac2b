package dev.agora.orders.internal.web;

import dev.agora.identity.Member;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.SellerPayouts;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The seller's balance page: money by state, the payout form and the statement. The form carries a fresh key, so a
 * double click or a resent form pays out once.
 */
@Controller
class BalancePage {

    private static final Currency EUR = Currency.getInstance("EUR");

    private final SellerPayouts payouts;

    BalancePage(SellerPayouts payouts) {
        this.payouts = payouts;
    }

    @GetMapping("/me/balance")
    String balance(@AuthenticationPrincipal Member me, Model model) {
        var balance = payouts.balance(me.id(), EUR);
        model.addAttribute("balance", balance.money());
        model.addAttribute("account", balance);
        model.addAttribute("payoutKey", UUID.randomUUID().toString());
        return "orders/balance";
    }

    @PostMapping("/me/payouts")
    String payout(@AuthenticationPrincipal Member me, @RequestParam String key,
            @RequestParam(required = false) @Nullable String amount, Model model, RedirectAttributes redirect) {
        try {
            Money money = amount == null || amount.isBlank() ? null : parsed(amount);
            payouts.request(me.id(), money, key);
            redirect.addFlashAttribute("payoutRequested", true);
            return "redirect:/me/balance";
        } catch (InvalidInputException e) {
            balance(me, model);
            model.addAttribute("error", e.errors().getFirst().message());
            model.addAttribute("amount", amount);
            return "orders/balance";
        }
    }

    private static Money parsed(String amount) {
        try {
            return Money.of(new BigDecimal(amount.strip().replace(',', '.')), EUR);
        } catch (RuntimeException e) {
            throw InvalidInputException.of("amount", "orders.payout.amount", "Give the amount as a decimal, e.g. 25.00");
        }
    }
}
