package dev.agora.search.internal;

import static dev.agora.search.internal.SearchParameters.date;
import static dev.agora.search.internal.SearchParameters.first;
import static dev.agora.search.internal.SearchParameters.flag;
import static dev.agora.search.internal.SearchParameters.isUuid;
import static dev.agora.search.internal.SearchParameters.limit;
import static dev.agora.search.internal.SearchParameters.offset;
import static dev.agora.search.internal.SearchParameters.price;
import static dev.agora.search.internal.SearchParameters.rating;
import static dev.agora.search.internal.SearchParameters.sort;
import static dev.agora.search.internal.SearchParameters.values;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.validation.InvalidInputException.FieldError;
import dev.agora.listings.AttributeDefinition;
import dev.agora.listings.CategoryView;
import dev.agora.listings.Geocoder;
import dev.agora.listings.ItemCondition;
import dev.agora.listings.ListingType;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Turns request parameters into a {@link SearchQuery}, collecting every problem (unknown filter, malformed
 * coordinate, radius out of range...) into one {@link InvalidInputException} so the API answers 400.
 * Query text is cut into words; nothing of it is ever read as query syntax. Single values are read by
 * {@link SearchParameters}; the page's URL state (links keeping every filter) is built by the web layer.
 */
@Component
class SearchRequests {

    static final int MAX_TERMS = 12;
    static final int MAX_TERM_LENGTH = 40;
    static final int MAX_QUERY_LENGTH = 500;
    static final Set<String> KNOWN = Set.of("q", "category", "min_price", "max_price", "condition", "delivery",
            "type", "near", "city", "radius", "from", "to", "seller", "sort", "cursor", "limit",
            "min_rating", "verified", "facets");
    static final Set<String> DELIVERY = Set.of("courier", "meetup", "shipping");
    static final String ATTRIBUTE_PREFIX = "attr.";
    private static final Pattern IGNORED = Pattern.compile("[\\p{Cf}\\x{FE00}-\\x{FE0F}\\x{E0100}-\\x{E01EF}]");

    private final SearchCategories categories;
    private final Geocoder geocoder;
    private final SearchSettings settings;
    private final TopHitsSettings topHits;

    SearchRequests(SearchCategories categories, Geocoder geocoder, SearchSettings settings, TopHitsSettings topHits) {
        this.topHits = topHits;
        this.categories = categories;
        this.geocoder = geocoder;
        this.settings = settings;
    }

    SearchQuery parse(MultiValueMap<String, String> params) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : params.keySet()) {
            if (!KNOWN.contains(name) && !name.startsWith(ATTRIBUTE_PREFIX)) {
                errors.add(new FieldError(name, "filter.unknown", "is not a search filter"));
            }
        }
        String text = first(params, "q");
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            // a safe interpretation: the first words count (search-edges: never half of a surrogate pair)
            text = text.substring(0, text.offsetByCodePoints(0, text.codePointCount(0, MAX_QUERY_LENGTH)));
        }
        // search-edges (issue 12): words of only punctuation, emoji, symbols or control characters are not "no
        // words" (which would list everything) but a question we cannot search for
        if (text != null && terms(text).isEmpty()) {
            errors.add(new FieldError("q", SearchService.NO_SEARCHABLE_TEXT, "has no letters or digits to search for"));
        }
        CategoryView category = null;
        String slug = first(params, "category");
        if (slug != null) {
            category = categories.bySlug(slug).orElse(null);
            if (category == null) {
                errors.add(new FieldError("category", "category.unknown", "is not a category"));
            }
        }
        Long min = price(first(params, "min_price"), "min_price", errors);
        Long max = price(first(params, "max_price"), "max_price", errors);
        Set<String> conditions = values(params, "condition", Arrays.stream(ItemCondition.values()).map(Enum::name).toList(), errors);
        Set<String> delivery = values(params, "delivery", DELIVERY.stream().toList(), errors);
        Set<String> types = values(params, "type", Arrays.stream(ListingType.values()).map(Enum::name).toList(), errors);
        Map<String, Set<String>> attributes = attributes(params, category, errors);
        SearchQuery.Point near = point(first(params, "near"), first(params, "city"), errors);
        Double radius = radius(first(params, "radius"), near, errors);
        LocalDate from = date(first(params, "from"), "from", errors);
        LocalDate to = date(first(params, "to"), "to", errors);
        if ((from == null) != (to == null)) {
            errors.add(new FieldError(from == null ? "from" : "to", "dates.incomplete", "give both from and to"));
        } else if (from != null && (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366)) {
            errors.add(new FieldError("to", "dates.range", "must be on or after from, at most a year later"));
        }
        Double minRating = rating(first(params, "min_rating"), errors);
        boolean verified = flag(first(params, "verified"), "verified", errors);
        // facet counts visit every match: only when asked (the page always asks, see SearchService)
        boolean facets = flag(first(params, "facets"), "facets", errors);
        String seller = first(params, "seller");
        if (seller != null && !isUuid(seller)) {
            errors.add(new FieldError("seller", "seller.invalid", "is not an account id"));
        }
        SearchQuery.Sort sort = sort(first(params, "sort"), near, errors);
        int limit = limit(first(params, "limit"), errors);
        int offset = offset(first(params, "cursor"), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SearchQuery(terms(text), category, min, max, conditions, delivery,
                types.isEmpty() ? null : types.iterator().next(), attributes, near, radius, from, to, minRating, verified, seller,
                null, sort, offset, limit, facets, topHits.countThreshold());
    }

    /**
     * Words of the query: letters and digits only, lowercased, at most {@link #MAX_TERMS}. search-edges (issue 12):
     * composed (NFC) first; format characters (zero-width joiners, direction marks, soft hyphens) and variation
     * selectors are dropped so they do not split a word; combining marks stay inside words (Devanagari and Thai
     * vowel signs, Arabic vowels); lowercased per code point as Lucene's lowercase filter does (so "İ" is "i", as in
     * the index); a word is cut at {@link #MAX_TERM_LENGTH} code points, never inside a surrogate pair.
     */
    static List<String> terms(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().map(Character::toLowerCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return Arrays.stream(IGNORED.matcher(lower).replaceAll("").split("[^\\p{L}\\p{N}\\p{Mn}\\p{Mc}]+"))
                .filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit))
                .map(word -> word.codePointCount(0, word.length()) > MAX_TERM_LENGTH
                        ? word.substring(0, word.offsetByCodePoints(0, MAX_TERM_LENGTH)) : word)
                .distinct().limit(MAX_TERMS).toList();
    }

    private static Map<String, Set<String>> attributes(MultiValueMap<String, String> params,
            @Nullable CategoryView category, List<FieldError> errors) {
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        for (var entry : params.entrySet()) {
            if (!entry.getKey().startsWith(ATTRIBUTE_PREFIX)) {
                continue;
            }
            String key = entry.getKey().substring(ATTRIBUTE_PREFIX.length());
            boolean known = category != null
                    && category.attributes().stream().map(AttributeDefinition::key).anyMatch(key::equals);
            if (!known) {
                errors.add(new FieldError(entry.getKey(), "attribute.unknown",
                        "is not an attribute of the chosen category"));
                continue;
            }
            entry.getValue().stream().filter(v -> !v.isBlank()).map(v -> v.strip().toLowerCase(Locale.ROOT))
                    .forEach(v -> chosen.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(v));
        }
        return chosen;
    }

    private SearchQuery.@Nullable Point point(@Nullable String near, @Nullable String city, List<FieldError> errors) {
        if (near != null) {
            String[] parts = near.split(",");
            try {
                double latitude = Double.parseDouble(parts[0].strip());
                double longitude = Double.parseDouble(parts[1].strip());
                if (parts.length != 2 || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                    throw new NumberFormatException();
                }
                return new SearchQuery.Point(latitude, longitude);
            } catch (RuntimeException e) {
                errors.add(new FieldError("near", "near.invalid", "must be latitude,longitude in degrees"));
                return null;
            }
        }
        if (city != null) {
            var located = geocoder.locate(city, "");
            if (located.isEmpty()) {
                errors.add(new FieldError("city", "city.unknown", "is not a place we know"));
                return null;
            }
            return new SearchQuery.Point(located.get().latitude(), located.get().longitude());
        }
        return null;
    }

    private @Nullable Double radius(@Nullable String value, SearchQuery.@Nullable Point near, List<FieldError> errors) {
        if (value == null) {
            return near == null ? null : 25.0;
        }
        try {
            double radius = Double.parseDouble(value);
            if (!(radius > 0 && radius <= settings.maxRadiusKm())) {
                throw new NumberFormatException();
            }
            if (near == null) {
                errors.add(new FieldError("radius", "radius.without-point", "needs near or city"));
            }
            return radius;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("radius", "radius.range", "must be more than 0 and at most "
                    + settings.maxRadiusKm() + " km"));
            return null;
        }
    }

}
