package dev.agora.analytics.internal.api;

import dev.agora.analytics.internal.tax.SellerYear;
import dev.agora.analytics.internal.tax.TaxAccess;
import dev.agora.identity.Member;
import dev.agora.kernel.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Tax figures: a seller's own statement, and the operators' per-year report with flags. */
@ApiController("/api/v1")
@Tag(name = "Analytics")
class TaxApi {

    record Statement(UUID sellerId, int year, List<SellerYear> figures) {}

    private final TaxAccess access;

    TaxApi(TaxAccess access) {
        this.access = access;
    }

    @GetMapping("/me/tax/{year}")
    @Operation(summary = "Your annual statement: gross volume and completed transactions per currency")
    Statement mine(@AuthenticationPrincipal Member me, @PathVariable int year) {
        return new Statement(me.id().value(), year, access.statement(me, me.id().value(), year));
    }

    @GetMapping("/sellers/{sellerId}/tax/{year}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A seller's annual statement: the seller themselves, operators and finance staff only (403 otherwise)")
    Statement seller(@AuthenticationPrincipal Member me, @PathVariable UUID sellerId, @PathVariable int year) {
        return new Statement(sellerId, year, access.statement(me, sellerId, year));
    }

    @GetMapping("/admin/tax/{year}")
    @PreAuthorize("hasAnyRole('OPERATOR','FINANCE')")
    @Operation(summary = "Every seller's figures for a year with the regimes that flag them (agora.analytics.tax.*)")
    List<SellerYear> year(@AuthenticationPrincipal Member me, @PathVariable int year,
            @RequestParam(defaultValue = "false") boolean flagged) {
        return access.year(me, year, flagged, "api");
    }
}
