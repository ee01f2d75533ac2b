package dev.agora.search.internal.web;

import dev.agora.search.internal.SearchService;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code POST /search/clicks}: the results page's beacon when a buyer opens a result (search id, listing, position).
 * A beacon rather than a redirect through a tracking URL, so result links stay the listing's clean URL. Bad or
 * unknown values are ignored with 204: a beacon has nobody to show an error to, and nothing changes.
 */
@Controller
class SearchLogController {

    private final SearchService search;

    SearchLogController(SearchService search) {
        this.search = search;
    }

    @PostMapping("/search/clicks")
    ResponseEntity<Void> clicked(@RequestParam(defaultValue = "") String search,
            @RequestParam(defaultValue = "") String listing, @RequestParam(defaultValue = "0") String position) {
        try {
            int place = Integer.parseInt(position);
            if (place >= 1 && place <= 1000) {
                this.search.clicked(UUID.fromString(search), UUID.fromString(listing), place);
            }
        } catch (IllegalArgumentException e) {
            // not a UUID or a number: ignored
        }
        return ResponseEntity.noContent().build();
    }
}
