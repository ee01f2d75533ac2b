package dev.agora.search.internal.api;

import dev.agora.identity.Member;
import dev.agora.kernel.web.ApiController;
import dev.agora.search.internal.SavedSearches;
import dev.agora.search.internal.SavedSearches.SavedSearch;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * {@code /api/v1/me/saved-searches}: a saved search is a name and the query string of {@code /search}
 * (e.g. {@code q=tent&category=camping-gear&city=Munich&radius=20}); new matching listings raise
 * {@code SavedSearchMatched} once each.
 */
@ApiController("/api/v1/me/saved-searches")
class SavedSearchesApi {

    record NewSavedSearch(String name, String query) {}

    private final SavedSearches savedSearches;

    SavedSearchesApi(SavedSearches savedSearches) {
        this.savedSearches = savedSearches;
    }

    @GetMapping
    List<SavedSearch> list(@AuthenticationPrincipal Member me) {
        return savedSearches.of(me.id());
    }

    @PostMapping
    ResponseEntity<SavedSearch> save(@AuthenticationPrincipal Member me, @RequestBody NewSavedSearch request) {
        SavedSearch saved = savedSearches.save(me.id(), request.name(), request.query());
        return ResponseEntity.created(URI.create("/api/v1/me/saved-searches/" + saved.id())).body(saved);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Member me, @PathVariable UUID id) {
        savedSearches.delete(me.id(), id);
        return ResponseEntity.noContent().build();
    }
}
