package dev.agora.admin.internal.web;

import dev.agora.admin.internal.MemberDossiers;
import dev.agora.admin.internal.StaffActions;
import dev.agora.identity.AccountId;
import dev.agora.identity.Member;
import dev.agora.identity.MemberAdministration;
import dev.agora.identity.Role;
import dev.agora.kernel.validation.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/members}: search, the support view of one member, and staff actions on them, each with a reason.
 * Bad input (no reason, unknown role) re-shows the page with the message and changes nothing.
 */
@Controller
@RequestMapping("/admin/members")
class MembersController {

    private static final String MEMBER_PAGE = "admin/member";

    private final MemberAdministration members;
    private final MemberDossiers dossiers;
    private final StaffActions actions;

    MembersController(MemberAdministration members, MemberDossiers dossiers, StaffActions actions) {
        this.members = members;
        this.dossiers = dossiers;
        this.actions = actions;
    }

    @GetMapping
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("members", members.search(q, 50));
        return "admin/members";
    }

    @GetMapping("/{id}")
    String member(@PathVariable UUID id, Model model) {
        return show(new AccountId(id), model, List.of());
    }

    @PostMapping("/{id}/verification")
    String verify(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, model, redirect, response, "admin.flash.verified", () -> actions.verifyEmail(me, new AccountId(id), reason));
    }

    @PostMapping("/{id}/suspension")
    String suspend(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, model, redirect, response, "admin.flash.suspended", () -> actions.suspend(me, new AccountId(id), reason));
    }

    @PostMapping("/{id}/suspension/lift")
    String reinstate(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, model, redirect, response, "admin.flash.reinstated", () -> actions.reinstate(me, new AccountId(id), reason));
    }

    @PostMapping("/{id}/role")
    String role(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(id, model, redirect, response, "admin.flash.role", () -> actions.changeRole(me, new AccountId(id), role, reason));
    }

    @PostMapping("/{id}/erasure")
    String erase(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, model, redirect, response, "admin.flash.erased", () -> {
            actions.erase(me, new AccountId(id), reason);
            return null;
        });
    }

    private String act(UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response, String flash,
            java.util.function.Supplier<?> action) {
        try {
            action.get();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(new AccountId(id), model, FormErrors.keys(e));
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/admin/members/" + id;
    }

    private String show(AccountId id, Model model, List<String> errors) {
        var dossier = dossiers.of(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("dossier", dossier);
        model.addAttribute("m", dossier.member());
        model.addAttribute("roles", Role.values());
        model.addAttribute("errors", errors);
        return MEMBER_PAGE;
    }
}
