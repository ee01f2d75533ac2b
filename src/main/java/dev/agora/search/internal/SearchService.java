package dev.agora.search.internal;

import dev.agora.kernel.pagination.Cursor;
import dev.agora.listings.CategoryView;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** What the search pages and the API call: parse, search, and turn hits into listings. */
@Service
public class SearchService {

    /** search-edges (issue 12): the problem code of a query with no letter or digit (the page shows it kindly). */
    public static final String NO_SEARCHABLE_TEXT = "q.no-searchable-text";

    private final SearchRequests requests;
    private final ListingSearch search;
    private final Suggestions suggestions;
    private final ListingManagement listings;
    private final SearchCategories categories;
    private final SearchIndexAdmin admin;
    private final Synonyms synonyms;
    private final SearchLog log;

    SearchService(SearchRequests requests, ListingSearch search, Suggestions suggestions, ListingManagement listings,
            SearchCategories categories, SearchIndexAdmin admin, Synonyms synonyms, SearchLog log) {
        this.log = log;
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

    /**
     * @param totalExact whether {@code total} is exact; false: at least {@code total} listings match (without facets,
     *     matches are counted up to {@code agora.search.top-hits.count-threshold})
     * @param facets facet counts, only when the request asked for them ({@code facets=true}); else empty
     * @param noCloseMatch nothing relevant was found: no look-alikes in {@code items}, see {@code relatedCategories}
     * @param facetsApproximate the facet counts are estimated from a sample of a large result set (rounded)
     */
    public record ResultPage(List<Hit> items, long total, boolean totalExact, Map<String, Map<String, Long>> facets,
            @Nullable String nextCursor, @Nullable String didYouMean, boolean noCloseMatch,
            List<RelatedCategory> relatedCategories, boolean facetsApproximate) {}

    /** A category where listings near the query live (offered with "no close match"). */
    public record RelatedCategory(String slug, String name) {}

    public record SuggestionJson(String text, String kind, String path) {}

    /** Results with the listings themselves, for pages. */
    public record Results(SearchQueryView query, List<ListingView> listings, long total, boolean totalExact,
            Map<String, Map<String, Long>> facets, @Nullable String nextCursor, @Nullable String didYouMean,
            Map<String, String> categoryNames, boolean noCloseMatch, List<RelatedCategory> relatedCategories,
            @Nullable String searchId, boolean facetsApproximate) {}

    /** What a page needs to know about the query it shows. */
    public record SearchQueryView(String text, @Nullable CategoryView category, String sort) {}

    /** The API: facets only when the request asks for them ({@code facets=true}). */
    public ResultPage search(MultiValueMap<String, String> params, Locale locale) {
        Results results = results(requests.parse(params), params, locale, null);
        return new ResultPage(results.listings().stream().map(Hit::of).toList(), results.total(), results.totalExact(),
                results.facets(), results.nextCursor(), results.didYouMean(), results.noCloseMatch(),
                results.relatedCategories(), results.facetsApproximate());
    }

    /** The search page: always with facets (its sidebar shows them), so the total is exact too. */
    public Results results(MultiValueMap<String, String> params, Locale locale) {
        return results(params, locale, null);
    }

    /** The search page, logged in the search log when it is a first page with words ({@code member} kept only if configured). */
    public Results results(MultiValueMap<String, String> params, Locale locale, @Nullable UUID member) {
        SearchQuery query = requests.parse(params);
        return results(query.counting(true, query.countUpTo()), params, locale, member);
    }

    private Results results(SearchQuery query, MultiValueMap<String, String> params, Locale locale,
            @Nullable UUID member) {
        SearchOutcome outcome = search.search(query);
        String searchId = null;
        if (query.offset() == 0 && !query.terms().isEmpty()) {
            MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
            List.of("q", "cursor", "lang", "facets").forEach(filters::remove);
            String encoded = UriComponentsBuilder.newInstance().queryParams(filters).encode().build().getQuery();
            searchId = log.searched(query.text(), encoded == null ? "" : encoded, outcome.total(),
                    outcome.noCloseMatch(), member).map(UUID::toString).orElse(null);
        }
        List<ListingView> views = listings.findVisible(outcome.listingIds().stream().map(ListingId::new).toList());
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, CategoryView> byId = new LinkedHashMap<>();
        categories.all().forEach(c -> {
            names.put(c.id().toString(), c.nameIn(locale));
            byId.put(c.id().toString(), c);
        });
        List<RelatedCategory> related = outcome.relatedCategories().stream().map(byId::get)
                .filter(java.util.Objects::nonNull).map(c -> new RelatedCategory(c.slug(), c.nameIn(locale))).toList();
        String next = outcome.nextOffset() == null ? null : Cursor.of(outcome.nextOffset()).encode();
        return new Results(new SearchQueryView(query.text(), query.category(), query.sort().param()), views,
                outcome.total(), outcome.totalExact(), outcome.facets(), next, outcome.didYouMean(), names, outcome.noCloseMatch(), related, searchId,
                outcome.facetsApproximate());
    }

    /** A result opened from a logged search (the results page's beacon). */
    public boolean clicked(UUID searchId, UUID listingId, int position) {
        return log.clicked(searchId, listingId, position);
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
