package dev.agora.admin.internal.web;

import dev.agora.identity.Member;
import dev.agora.identity.MemberAdministration;
import dev.agora.kernel.events.OutstandingPublications;
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
    private final OutstandingPublications publications;

    ConsoleController(MemberAdministration members, ListingManagement listings, AuditLog audit,
            OutstandingPublications publications) {
        this.members = members;
        this.listings = listings;
        this.audit = audit;
        this.publications = publications;
    }

    @GetMapping({"/admin", "/admin/"})
    String overview(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("counts", members.counts());
        model.addAttribute("published", listings.countPublished());
        model.addAttribute("pendingApproval", listings.pendingApproval().size());
        model.addAttribute("myActions", audit.countBy(me.id()));
        model.addAttribute("recent", me.isOperator() ? audit.recent("", 8) : java.util.List.of());
        if (me.isOperator()) {
            // a failed count that stays above zero means a listener keeps failing (docs/operator-guide.md)
            model.addAttribute("eventsOutstanding", publications.outstanding());
            model.addAttribute("eventsFailed", publications.failed());
        }
        return "admin/overview";
    }
}
