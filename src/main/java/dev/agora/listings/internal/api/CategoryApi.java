package dev.agora.listings.internal.api;

import dev.agora.kernel.web.ApiController;
import dev.agora.listings.CategoryDraft;
import dev.agora.listings.CategoryId;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/** Categories with their attribute schemas: read by anyone, changed by operators (/admin is operator-only). */
@ApiController("/api/v1")
class CategoryApi {

    private final CategoryManagement categories;

    CategoryApi(CategoryManagement categories) {
        this.categories = categories;
    }

    @GetMapping("/categories")
    List<CategoryView> all() {
        return categories.categories();
    }

    @GetMapping("/categories/{slug}")
    CategoryView one(@PathVariable String slug) {
        return categories.findCategory(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No category " + slug));
    }

    @PostMapping("/admin/categories")
    @ResponseStatus(HttpStatus.CREATED)
    CategoryView create(@RequestBody CategoryDraft draft) {
        return categories.createCategory(draft);
    }

    @PutMapping("/admin/categories/{id}")
    CategoryView update(@PathVariable UUID id, @RequestBody CategoryDraft draft) {
        return categories.updateCategory(new CategoryId(id), draft);
    }
}
