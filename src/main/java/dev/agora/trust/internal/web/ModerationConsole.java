package dev.agora.trust.internal.web;

import static dev.agora.trust.internal.web.DisputePages.message;
import static dev.agora.trust.internal.web.DisputePages.uuid;

import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.trust.internal.moderation.Moderation;
import dev.agora.trust.internal.moderation.ModerationAction;
import dev.agora.trust.internal.moderation.ModerationQueue;
import dev.agora.trust.internal.moderation.ModerationRecords;
import dev.agora.trust.internal.moderation.ReasonTemplate;
import dev.agora.trust.internal.moderation.SubjectKind;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/moderation}: the queue by priority with an action form per case, and open appeals. */
@Controller
class ModerationConsole {

    private final Moderation moderation;
    private final ModerationQueue queue;
    private final ModerationRecords records;

    ModerationConsole(Moderation moderation, ModerationQueue queue, ModerationRecords records) {
        this.moderation = moderation;
        this.queue = queue;
        this.records = records;
    }

    @GetMapping("/admin/moderation")
    String queue(Model model) {
        model.addAttribute("cases", queue.queue());
        model.addAttribute("appeals", records.pendingAppeals());
        model.addAttribute("actions", List.of(ModerationAction.values()));
        model.addAttribute("templates", List.of(ReasonTemplate.values()));
        return "trust/admin-moderation";
    }

    @PostMapping("/admin/moderation/actions")
    String act(@AuthenticationPrincipal Member me, @RequestParam String kind, @RequestParam String subjectId,
            @RequestParam(required = false) @Nullable String action, @RequestParam(required = false) @Nullable String template,
            @RequestParam(defaultValue = "") String note, @RequestParam(required = false) @Nullable Integer days,
            Model model, RedirectAttributes redirect) {
        try {
            moderation.act(me.id(), SubjectKind.valueOf(kind), subjectId, parse(ModerationAction.class, action, "action"),
                    parse(ReasonTemplate.class, template, "template"), note, days);
            redirect.addFlashAttribute("flash", "trust.moderation.done");
            return "redirect:/admin/moderation";
        } catch (InvalidInputException e) {
            queue(model);
            model.addAttribute("error", message(e));
            model.addAttribute("errorCase", SubjectKind.valueOf(kind).key(subjectId));
            return "trust/admin-moderation";
        }
    }

    @PostMapping("/admin/moderation/appeals/{id}")
    String decideAppeal(@AuthenticationPrincipal Member me, @PathVariable String id, @RequestParam boolean overturn,
            @RequestParam(defaultValue = "") String reason, Model model) {
        try {
            moderation.decideAppeal(me.id(), uuid(id), overturn, reason);
            return "redirect:/admin/moderation";
        } catch (InvalidInputException e) {
            queue(model);
            model.addAttribute("error", message(e));
            return "trust/admin-moderation";
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "trust.invalid-" + field, "Choose the " + field);
        }
    }
}
