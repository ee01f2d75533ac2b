package dev.agora.admin.internal.web;

import dev.agora.admin.internal.ContentPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** {@code /p/{slug}}: a public content page (terms, privacy, help), linked from the footer. */
@Controller
class ContentPageController {

    private final ContentPages pages;

    ContentPageController(ContentPages pages) {
        this.pages = pages;
    }

    @GetMapping("/p/{slug}")
    String page(@PathVariable String slug, Model model) {
        var page = pages.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", page);
        model.addAttribute("metaDescription", page.summary());
        return "admin/content-page";
    }
}
