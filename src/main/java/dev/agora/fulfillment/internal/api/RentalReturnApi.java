package dev.agora.fulfillment.internal.api;

import dev.agora.fulfillment.internal.RentalReturns;
import dev.agora.identity.Member;
import dev.agora.kernel.web.ApiController;
import dev.agora.orders.OrderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Issue 7: a rental's return: when it is due, and the seller's confirmation that settles the deposit. */
@ApiController("/api/v1")
@Tag(name = "Fulfillment")
class RentalReturnApi {

    private final RentalReturns returns;

    RentalReturnApi(RentalReturns returns) {
        this.returns = returns;
    }

    @Operation(summary = "A rental's return: due time, deposit, days late and late fee, status (OUT, OVERDUE, RETURNED)")
    @GetMapping("/orders/{id}/return")
    RentalReturns.ReturnView read(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id) {
        return FulfillmentApiSupport.found(() -> returns.view(FulfillmentApiSupport.signedIn(me), OrderId.of(id)));
    }

    @Operation(summary = "The seller confirms the rented item is back: the late fee (per started day late, at most the "
            + "deposit) goes to the seller, the rest of the deposit back to the buyer, and the order completes")
    @PostMapping("/orders/{id}/return")
    RentalReturns.ReturnView confirm(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id) {
        return FulfillmentApiSupport.found(() -> returns.confirm(FulfillmentApiSupport.signedIn(me), OrderId.of(id)));
    }
}
