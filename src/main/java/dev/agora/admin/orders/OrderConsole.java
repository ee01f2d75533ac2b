package dev.agora.admin.orders;

import java.util.Locale;
import dev.agora.admin.internal.ConsoleErrors;
import dev.agora.identity.Member;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.LedgerManagement;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.orders.OrderView;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's order views: a list filtered by state or searched by order or member id, and one order with its
 * timeline, lines, ledger entries and audit trail. Operators take manual transitions and partial refunds there, each
 * with a mandatory reason recorded in the audit log; support and finance staff only look.
 */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR','SUPPORT','FINANCE')")
class OrderConsole {

    static final List<String> STATES = List.of("checkout", "requested", "paid", "in_progress", "handed_over", "delivered",
            "completed", "cancelled", "declined", "expired", "refunded");

    private final OrderManagement orders;
    private final LedgerManagement ledger;
    private final AuditLog audit;
    private final ConsoleErrors errors;

    OrderConsole(OrderManagement orders, LedgerManagement ledger, AuditLog audit, ConsoleErrors errors) {
        this.orders = orders;
        this.ledger = ledger;
        this.audit = audit;
        this.errors = errors;
    }

    @GetMapping("/admin/orders")
    String list(@RequestParam(required = false) @Nullable String state, @RequestParam(required = false) @Nullable String q,
            Model model) {
        model.addAttribute("orders", orders.search(state, q, 100));
        model.addAttribute("states", STATES);
        model.addAttribute("state", state);
        model.addAttribute("q", q);
        return "admin/orders/list";
    }

    @GetMapping("/admin/orders/{id}")
    String order(@PathVariable String id, Model model) {
        OrderView order = found(id);
        model.addAttribute("order", order);
        model.addAttribute("entries", ledger.entriesAbout(order.id().toString()));
        model.addAttribute("escrow", ledger.escrowOf(order.id().toString(), order.quote().buyerTotal().currency()));
        model.addAttribute("audit", audit.about(subject(order.id())));
        model.addAttribute("refundKey", UUID.randomUUID().toString());
        return "admin/orders/order";
    }

    @PostMapping("/admin/orders/{id}/transitions/{name}")
    @PreAuthorize("hasRole('OPERATOR')")
    String transition(@AuthenticationPrincipal Member me, @PathVariable String id, @PathVariable String name,
            @RequestParam(defaultValue = "") String reason, Model model, Locale locale, RedirectAttributes redirect) {
        OrderView before = found(id);
        try {
            ConsoleErrors.requireReason(reason);
            OrderView after = orders.transition(me.id(), true, before.id(), name);
            audit.record(new AuditEntry.Draft(me.id(), "order.transition." + name, subject(before.id()), reason.strip(),
                    before.state() + " → " + after.state()));
            redirect.addFlashAttribute("flash", "admin.order.done");
            return "redirect:/admin/orders/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("error", errors.of(e, locale));
            return order(id, model);
        }
    }

    @PostMapping("/admin/orders/{id}/refunds")
    @PreAuthorize("hasRole('OPERATOR')")
    String refund(@AuthenticationPrincipal Member me, @PathVariable String id, @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String reason, @RequestParam String key, Model model, Locale locale,
            RedirectAttributes redirect) {
        OrderView before = found(id);
        try {
            ConsoleErrors.requireReason(reason);
            Money money;
            try {
                money = Money.of(new BigDecimal(amount.strip().replace(',', '.')), before.quote().buyerTotal().currency());
            } catch (RuntimeException e) {
                throw InvalidInputException.of("amount", "orders.refund.amount", "Give the amount as a decimal, e.g. 12.50");
            }
            // issue 6: the orders module's RefundGranted event writes the audit entry in the refund's transaction
            orders.refund(me.id(), true, before.id(), money, reason.strip(), key.length() > 60 ? key.substring(0, 60) : key);
            redirect.addFlashAttribute("flash", "admin.order.done");
            return "redirect:/admin/orders/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("error", errors.of(e, locale));
            return order(id, model);
        }
    }

    private static String subject(OrderId id) {
        return "order:" + id;
    }

    private OrderView found(String id) {
        try {
            return orders.get(OrderId.of(id));
        } catch (OrderNotFoundException | IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
