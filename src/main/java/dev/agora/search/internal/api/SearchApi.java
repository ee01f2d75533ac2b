package dev.agora.search.internal.api;

import dev.agora.kernel.web.ApiController;
import dev.agora.search.internal.SearchOperations;
import dev.agora.search.internal.SearchService;
import dev.agora.search.internal.SearchService.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /api/v1/search} (words, filters, facets, sort, cursor), {@code /search/suggest}, and the
 * operators' reindex and synonym endpoints under {@code /api/v1/admin/search}.
 */
@ApiController("/api/v1")
class SearchApi {

    private final SearchService search;
    private final SearchOperations operations;

    SearchApi(SearchService search, SearchOperations operations) {
        this.search = search;
        this.operations = operations;
    }

    @Operation(summary = "Search listings by words, filters and sort (docs/search.md)",
            description = "Answers {items, total, totalExact, facets, nextCursor, didYouMean, noCloseMatch, "
                    + "relatedCategories}. Facet counts visit every match, so they are computed only when asked: "
                    + "facets=true; otherwise `facets` is an empty object. Without facets, matches are counted exactly "
                    + "up to a threshold (1,000 by default): beyond it `totalExact` is false and `total` is a lower "
                    + "bound (show \"1,000+\"). With facets the total is always exact. Paging with `nextCursor` works "
                    + "past the threshold: it is present whenever another page follows.")
    @Parameter(name = "facets", in = ParameterIn.QUERY, description = "true: also count the facets (type, condition, "
            + "delivery, category, attr.<key>) of the whole result set, and count the total exactly")
    @GetMapping("/search")
    ResultPage search(@RequestParam MultiValueMap<String, String> params, Locale locale) {
        return search.search(params, locale);
    }

    @GetMapping("/search/suggest")
    List<SearchService.SuggestionJson> suggest(@RequestParam(name = "q", defaultValue = "") String q, Locale locale) {
        return search.suggest(q, locale);
    }

    @PostMapping("/admin/search/reindex")
    Map<String, Long> reindex() throws InterruptedException {
        return search.reindex();
    }

    /** Issue 5: the progress of a reindex another request started (it runs in that request). */
    @GetMapping("/admin/search/reindex")
    Map<String, Object> reindexProgress() {
        return search.reindexProgress();
    }

    /** Issue 12: the vector backfill's progress (state, done, skipped, total, percent, rate, remaining). */
    @GetMapping("/admin/search/vectors")
    SearchOperations.Backfill vectorBackfill() {
        return operations.backfill();
    }

    /** Issue 12: starts the background backfill of documents without a vector (a running one goes on). */
    @PostMapping("/admin/search/vectors")
    SearchOperations.Backfill startVectorBackfill() {
        operations.startBackfill();
        return operations.backfill();
    }

    @GetMapping("/admin/search/synonyms")
    List<List<String>> synonyms() {
        return search.synonyms();
    }

    @PutMapping("/admin/search/synonyms")
    List<List<String>> replaceSynonyms(@RequestBody List<List<String>> groups) {
        return search.replaceSynonyms(groups);
    }
}
