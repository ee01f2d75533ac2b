package dev.agora.identity.internal.web;

import dev.agora.identity.Member;
import dev.agora.identity.internal.ApiTokens;
import dev.agora.identity.internal.TokenScope;
import dev.agora.kernel.pagination.PageLimit;
import dev.agora.kernel.validation.InvalidInputException;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Personal API tokens in the browser: list, create, revoke. A new token's secret is rendered straight into
 * the answer to the form post (never into the session or a URL), so it is seen this once.
 */
@Controller
class TokensPage {

    private final ApiTokens tokens;

    TokensPage(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/me/tokens")
    String list(@AuthenticationPrincipal Member me, Model model) {
        return page(me, model);
    }

    @PostMapping("/me/tokens")
    String create(
            @AuthenticationPrincipal Member me,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "read") String scope,
            Model model) {
        try {
            model.addAttribute("created", tokens.issue(me.id(), name, TokenScope.parse(scope)));
        } catch (InvalidInputException e) {
            model.addAttribute("error", "tokens.error." + e.errors().getFirst().field());
            model.addAttribute("name", name);
        }
        return page(me, model);
    }

    @PostMapping("/me/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal Member me, @PathVariable UUID id, RedirectAttributes redirect) {
        if (tokens.revoke(me.id(), id)) {
            redirect.addFlashAttribute("flash", "tokens.revoked");
        }
        return "redirect:/me/tokens";
    }

    private String page(Member me, Model model) {
        model.addAttribute("tokens", tokens.list(me.id(), null, new PageLimit(PageLimit.MAX)).items());
        model.addAttribute("scopes", TokenScope.values());
        return "identity/tokens";
    }
}
