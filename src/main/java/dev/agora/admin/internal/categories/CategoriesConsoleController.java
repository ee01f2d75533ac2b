package dev.agora.admin.internal.categories;

import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import dev.agora.listings.ListingType;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/config/categories} (operators): the category tree, a form per category with its attribute schema,
 * and a form for a new one. Works without JavaScript; refused input re-shows the form with field messages (422).
 */
@Controller
class CategoriesConsoleController {

    private final CategoryManagement categories;
    private final CategoryConsole console;
    private final MessageSource messages;

    CategoriesConsoleController(CategoryManagement categories, CategoryConsole console, MessageSource messages) {
        this.categories = categories;
        this.console = console;
        this.messages = messages;
    }

    /** A category with its depth in the tree, for the indented list. */
    record TreeRow(CategoryView category, int depth) {}

    @GetMapping("/admin/config/categories")
    String tree(Model model) {
        model.addAttribute("rows", tree());
        return "admin/config-categories";
    }

    @GetMapping("/admin/config/categories/new")
    String blank(Model model) {
        return form(model, null, new CategoryForm().withBlankRow(), Map.of());
    }

    @GetMapping("/admin/config/categories/{slug}")
    String edit(@PathVariable String slug, Model model) {
        CategoryView category = categories.findCategory(slug).orElseThrow(() -> new org.springframework.web.server
                .ResponseStatusException(HttpStatus.NOT_FOUND, "No category " + slug));
        return form(model, slug, CategoryForm.of(category, console.parentSlug(category)).withBlankRow(), Map.of());
    }

    @PostMapping("/admin/config/categories/new")
    String create(@AuthenticationPrincipal Member me, @ModelAttribute("form") CategoryForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            CategoryView created = console.create(me, form.draft(), form.getReason());
            redirect.addFlashAttribute("flash", "admin.categories.created");
            return "redirect:/admin/config/categories/" + created.slug();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, null, form, errors(e, locale));
        }
    }

    @PostMapping("/admin/config/categories/{slug}")
    String update(@AuthenticationPrincipal Member me, @PathVariable String slug, @ModelAttribute("form") CategoryForm form,
            Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            CategoryView saved = console.update(me, slug, form.draft(), form.getReason());
            redirect.addFlashAttribute("flash", "admin.categories.saved");
            return "redirect:/admin/config/categories/" + saved.slug();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, slug, form, errors(e, locale));
        }
    }

    private String form(Model model, @Nullable String slug, CategoryForm form, Map<String, String> errors) {
        model.addAttribute("slug", slug);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("parents", categories.categories().stream().filter(c -> !c.slug().equals(slug)).toList());
        model.addAttribute("types", ListingType.values());
        model.addAttribute("kinds", dev.agora.listings.AttributeDefinition.Kind.values());
        model.addAttribute("languages", dev.agora.listings.Localised.TRANSLATIONS);
        return "admin/config-category";
    }

    private Map<String, String> errors(InvalidInputException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach(error -> errors.merge(error.field(),
                messages.getMessage("error." + error.code(), null, error.message(), locale), (a, b) -> a + " " + b));
        return errors;
    }

    private List<TreeRow> tree() {
        List<CategoryView> all = categories.categories();
        List<TreeRow> rows = new ArrayList<>();
        all.stream().filter(c -> c.parentId() == null).forEach(root -> walk(root, 0, all, rows));
        return rows;
    }

    private static void walk(CategoryView node, int depth, List<CategoryView> all, List<TreeRow> rows) {
        rows.add(new TreeRow(node, depth));
        all.stream().filter(c -> node.id().equals(c.parentId())).forEach(child -> walk(child, depth + 1, all, rows));
    }
}
