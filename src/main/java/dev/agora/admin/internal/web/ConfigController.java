package dev.agora.admin.internal.web;

import dev.agora.admin.internal.ContentPages;
import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/config}: the hub of the configuration areas (categories, commission, webhooks live in their own
 * modules' pages) and the editor of content pages such as terms and help.
 */
@Controller
class ConfigController {

    private final ContentPages pages;

    ConfigController(ContentPages pages) {
        this.pages = pages;
    }

    @GetMapping("/admin/config")
    String hub(Model model) {
        model.addAttribute("pages", pages.all());
        return "admin/config";
    }

    @GetMapping("/admin/config/pages/{slug}")
    String edit(@PathVariable String slug, Model model) {
        var page = pages.find(slug);
        model.addAttribute("slug", slug);
        model.addAttribute("title", page.map(ContentPages.ContentPage::title).orElse(""));
        model.addAttribute("body", page.map(ContentPages.ContentPage::body).orElse(""));
        model.addAttribute("preview", page.map(ContentPages.ContentPage::html).orElse(""));
        model.addAttribute("errors", List.of());
        return "admin/page-edit";
    }

    @PostMapping("/admin/config/pages/{slug}")
    String save(@AuthenticationPrincipal Member me, @PathVariable String slug, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            pages.save(me, slug, title, body, reason);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("slug", slug);
            model.addAttribute("title", title);
            model.addAttribute("body", body);
            model.addAttribute("preview", "");
            model.addAttribute("errors", FormErrors.keys(e));
            return "admin/page-edit";
        }
        redirect.addFlashAttribute("flash", "admin.flash.pageSaved");
        return "redirect:/admin/config/pages/" + slug;
    }
}
