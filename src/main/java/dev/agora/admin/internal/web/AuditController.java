package dev.agora.admin.internal.web;

import dev.agora.trust.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/audit}: the newest staff actions, or those about one subject ({@code member:<id>}, {@code order:<id>}). */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "") String subject, Model model) {
        model.addAttribute("subject", subject.strip());
        model.addAttribute("entries", audit.recent(subject, 200));
        return "admin/audit";
    }
}
