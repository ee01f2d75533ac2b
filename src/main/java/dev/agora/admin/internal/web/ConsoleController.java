package dev.agora.admin.internal.web;

import dev.agora.identity.Member;
import dev.agora.identity.MemberAdministration;
import dev.agora.listings.ListingManagement;
import dev.agora.trust.AuditLog;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin}: the console's overview for every staff role, with counts and the areas this role may open. */
@Controller
class ConsoleController {

    private final MemberAdministration members;
    private final ListingManagement listings;
    private final AuditLog audit;

    ConsoleController(MemberAdministration members, ListingManagement listings, AuditLog audit) {
        this.members = members;
        this.listings = listings;
        this.audit = audit;
    }

    @GetMapping({"/admin", "/admin/"})
    String overview(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("counts", members.counts());
        model.addAttribute("published", listings.countPublished());
        model.addAttribute("pendingApproval", listings.pendingApproval().size());
        model.addAttribute("myActions", audit.countBy(me.id()));
        model.addAttribute("recent", me.isOperator() ? audit.recent("", 8) : java.util.List.of());
        return "admin/overview";
    }
}
