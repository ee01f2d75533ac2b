package dev.agora.trust.internal.web;

import static dev.agora.trust.internal.web.DisputePages.message;
import static dev.agora.trust.internal.web.DisputePages.uuid;

import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.trust.internal.moderation.Moderation;
import dev.agora.trust.internal.moderation.ReportReason;
import dev.agora.trust.internal.moderation.Reports;
import dev.agora.trust.internal.moderation.SubjectKind;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The report dialog's target and {@code /me/moderation}: actions taken on me, with an appeal form each. */
@Controller
class MemberTrustPages {

    private final Reports reports;
    private final Moderation moderation;

    MemberTrustPages(Reports reports, Moderation moderation) {
        this.reports = reports;
        this.moderation = moderation;
    }

    @PostMapping("/me/reports")
    String report(@AuthenticationPrincipal Member me, @RequestParam String kind, @RequestParam String subjectId,
            @RequestParam(required = false) @Nullable String reason, @RequestParam(defaultValue = "") String details,
            @org.springframework.web.bind.annotation.RequestHeader(name = "Referer", required = false) @Nullable String referer,
            RedirectAttributes redirect) {
        String target = backTo(referer);
        try {
            reports.file(me.id(), SubjectKind.valueOf(kind), subjectId,
                    ModerationConsole.parse(ReportReason.class, reason, "reason"), details);
            redirect.addFlashAttribute("flash", "trust.report.thanks");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("reportError", message(e));
        }
        return "redirect:" + target;
    }

    /** Back to the page the dialog was on: only a path of this site, never another origin. */
    static String backTo(@Nullable String referer) {
        try {
            String path = referer == null ? "/" : java.net.URI.create(referer).getRawPath();
            return path != null && path.startsWith("/") && !path.startsWith("//") ? path : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    @GetMapping("/me/moderation")
    String actions(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("actions", moderation.against(me.id()));
        return "trust/my-moderation";
    }

    @PostMapping("/me/moderation/{id}/appeal")
    String appeal(@AuthenticationPrincipal Member me, @PathVariable String id, @RequestParam(defaultValue = "") String text,
            Model model, RedirectAttributes redirect) {
        try {
            moderation.appeal(me.id(), uuid(id), text);
            redirect.addFlashAttribute("flash", "trust.appeal.sent");
            return "redirect:/me/moderation";
        } catch (InvalidInputException e) {
            actions(me, model);
            model.addAttribute("error", message(e));
            return "trust/my-moderation";
        }
    }
}
