package dev.agora.fulfillment.internal.web;

import dev.agora.fulfillment.internal.RentalReturns;
import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** Issue 7: {@code /orders/{id}/return}: a rental's return, due time and late fee; the seller confirms it is back. */
@Controller
class RentalReturnPages {

    private final RentalReturns returns;

    RentalReturnPages(RentalReturns returns) {
        this.returns = returns;
    }

    @GetMapping("/orders/{id}/return")
    String page(@AuthenticationPrincipal Member me, @PathVariable String id, Model model) {
        try {
            model.addAttribute("rental", returns.view(me, OrderId.of(id)));
        } catch (OrderNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "fulfillment/return";
    }

    @PostMapping("/orders/{id}/return")
    String confirm(@AuthenticationPrincipal Member me, @PathVariable String id, Model model) {
        try {
            returns.confirm(me, OrderId.of(id));
            return "redirect:/orders/" + id + "/return";
        } catch (InvalidInputException e) {
            page(me, id, model);
            model.addAttribute("error", e.errors().getFirst().message());
            return "fulfillment/return";
        } catch (OrderNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
