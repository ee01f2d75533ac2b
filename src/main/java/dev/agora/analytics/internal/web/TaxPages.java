package dev.agora.analytics.internal.web;

import dev.agora.analytics.internal.tax.SellerYear;
import dev.agora.analytics.internal.tax.TaxAccess;
import dev.agora.analytics.internal.tax.TaxDocuments;
import dev.agora.analytics.internal.tax.TaxRules;
import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Operators' tax reports at {@code /admin/tax} (page, CSV, PDF) and each seller's statement at {@code /me/tax/{year}}. */
@Controller
class TaxPages {

    private final TaxAccess access;
    private final TaxRules rules;

    TaxPages(TaxAccess access, TaxRules rules) {
        this.access = access;
        this.rules = rules;
    }

    @GetMapping("/admin/tax")
    @PreAuthorize("hasAnyRole('OPERATOR','FINANCE')")
    String report(@AuthenticationPrincipal Member me, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(defaultValue = "false") boolean flagged, Model model, HttpServletResponse response) {
        int shown = year == null ? access.currentYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("flagged", flagged);
        model.addAttribute("thresholds", rules.thresholds());
        try {
            model.addAttribute("sellers", access.year(me, shown, flagged, "page"));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.errors().getFirst().message());
            model.addAttribute("sellers", List.of());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "analytics/tax";
    }

    @GetMapping("/admin/tax/{year}.csv")
    @PreAuthorize("hasAnyRole('OPERATOR','FINANCE')")
    ResponseEntity<String> csv(@AuthenticationPrincipal Member me, @PathVariable int year,
            @RequestParam(defaultValue = "false") boolean flagged) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"agora-tax-" + year + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(TaxDocuments.csv(access.year(me, year, flagged, "csv")));
    }

    @GetMapping("/admin/tax/{year}.pdf")
    @PreAuthorize("hasAnyRole('OPERATOR','FINANCE')")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal Member me, @PathVariable int year,
            @RequestParam(defaultValue = "false") boolean flagged) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"agora-tax-" + year + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(TaxDocuments.report(year, access.year(me, year, flagged, "pdf"), "Agora", access.now()));
    }

    @GetMapping("/me/tax")
    String myLatest() {
        return "redirect:/me/tax/" + access.currentYear();
    }

    @GetMapping("/me/tax/{year:\\d{4}}")
    String statement(@AuthenticationPrincipal Member me, @PathVariable int year, Model model, HttpServletResponse response) {
        model.addAttribute("year", year);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(access.currentYear() - 4, access.currentYear())
                .boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        try {
            model.addAttribute("figures", access.statement(me, me.id().value(), year));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.errors().getFirst().message());
            model.addAttribute("figures", List.<SellerYear>of());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "analytics/statement";
    }

    @GetMapping("/me/tax/{year:\\d{4}}.pdf")
    ResponseEntity<byte[]> statementPdf(@AuthenticationPrincipal Member me, @PathVariable int year) {
        var figures = access.statement(me, me.id().value(), year);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"agora-statement-" + year + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(TaxDocuments.statement(year, "@" + me.handle() + " (" + me.displayName() + ")", figures, "Agora", access.now()));
    }
}
