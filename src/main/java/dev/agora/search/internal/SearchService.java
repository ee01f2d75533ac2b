package dev.agora.search.internal;

import dev.agora.kernel.pagination.Cursor;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/** What the search pages and the API call: parse, search, and turn hits into listings. */
@Service
public class SearchService {

    private final SearchRequests requests;
    private final ListingSearch search;
    private final Suggestions suggestions;
    private final ListingManagement listings;
    private final CategoryManagement categories;
    private final SearchIndexAdmin admin;
    private final Synonyms synonyms;

    SearchService(SearchRequests requests, ListingSearch search, Suggestions suggestions, ListingManagement listings,
            CategoryManagement categories, SearchIndexAdmin admin, Synonyms synonyms) {
        this.requests = requests;
        this.search = search;
        this.suggestions = suggestions;
        this.listings = listings;
        this.categories = categories;
        this.admin = admin;
        this.synonyms = synonyms;
    }

    /** A listing in a result list, for the API. */
    public record Hit(String id, String title, String path, BigDecimal price, String currency, String priceUnit,
            String type, String city, @Nullable String coverUrl) {

        public static Hit of(ListingView view) {
            return new Hit(view.id().toString(), view.title(), view.path(), view.price().amount(),
                    view.price().currencyCode(), view.priceUnit().name(), view.type().name(), view.location().city(),
                    view.cover() == null ? null : view.cover().mediumUrl());
        }
    }

    public record ResultPage(List<Hit> items, long total, Map<String, Map<String, Long>> facets,
            @Nullable String nextCursor, @Nullable String didYouMean) {}

    public record SuggestionJson(String text, String kind, String path) {}

    /** Results with the listings themselves, for pages. */
    public record Results(SearchQueryView query, List<ListingView> listings, long total,
            Map<String, Map<String, Long>> facets, @Nullable String nextCursor, @Nullable String didYouMean,
            Map<String, String> categoryNames) {}

    /** What a page needs to know about the query it shows. */
    public record SearchQueryView(String text, @Nullable CategoryView category, String sort) {}

    public ResultPage search(MultiValueMap<String, String> params, Locale locale) {
        Results results = results(params, locale);
        return new ResultPage(results.listings().stream().map(Hit::of).toList(), results.total(), results.facets(),
                results.nextCursor(), results.didYouMean());
    }

    public Results results(MultiValueMap<String, String> params, Locale locale) {
        SearchQuery query = requests.parse(params);
        SearchOutcome outcome = search.search(query);
        List<ListingView> views = outcome.listingIds().stream()
                .map(id -> listings.findVisible(new ListingId(id)))
                .flatMap(Optional::stream).toList();
        Map<String, String> names = new LinkedHashMap<>();
        categories.categories().forEach(c -> names.put(c.id().toString(), c.nameIn(locale)));
        String next = outcome.nextOffset() == null ? null : Cursor.of(outcome.nextOffset()).encode();
        return new Results(new SearchQueryView(query.text(), query.category(), query.sort().param()), views,
                outcome.total(), outcome.facets(), next, outcome.didYouMean(), names);
    }

    public List<SuggestionJson> suggest(String typed, Locale locale) {
        return suggestions.suggest(typed, locale).stream()
                .map(s -> new SuggestionJson(s.text(), s.kind(), s.path())).toList();
    }

    public Map<String, Long> reindex() throws InterruptedException {
        SearchIndexAdmin.Report report = admin.reindex();
        return Map.of("listings", report.listings(), "documents", report.documents(), "millis", report.millis());
    }

    /** Progress of the running or last reindex: {@code running}, {@code done}, {@code total} documents. */
    public Map<String, Object> reindexProgress() {
        SearchIndexAdmin.Progress progress = admin.progress();
        return Map.of("running", progress.running(), "done", progress.done(), "total", progress.total());
    }

    public List<List<String>> synonyms() {
        return synonyms.groups();
    }

    public List<List<String>> replaceSynonyms(List<List<String>> groups) {
        synonyms.replace(groups);
        return synonyms.groups();
    }
}
