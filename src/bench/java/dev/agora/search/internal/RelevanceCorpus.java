package dev.agora.search.internal;

import dev.agora.listings.CategoryId;
import dev.agora.listings.CategoryView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The judged corpus of bench/relevance (written by make_corpus.py): listings with tags of what they are, queries
 * naming the tags that make a listing a 2 (what the buyer wants) or a 1 (related). Loads the listings into the search
 * module's table with the served model's vectors, as the indexer and {@link ListingVectors} would.
 */
record RelevanceCorpus(List<Listing> listings, List<Query> queries, Map<UUID, Listing> byId) {

    record Listing(UUID id, String language, String category, String title, String description, Set<String> tags) {}

    /** Odd ids are the test half, even ones the tuning half. */
    record Query(String id, String split, String type, String text, Set<String> grade2, Set<String> grade1) {

        int grade(Listing listing) {
            return listing.tags().stream().anyMatch(grade2::contains) ? 2
                    : listing.tags().stream().anyMatch(grade1::contains) ? 1 : 0;
        }

        boolean answerable() {
            return !type.equals("no-answer");
        }
    }

    static RelevanceCorpus read(Path root) throws IOException {
        List<Listing> listings = Files.readAllLines(root.resolve("corpus.tsv")).stream().skip(1).map(l -> l.split("\t", -1))
                .map(c -> new Listing(UUID.nameUUIDFromBytes(c[0].getBytes()), c[1], c[2], c[3], c[4], tags(c[5]))).toList();
        List<Query> queries = Files.readAllLines(root.resolve("queries.tsv")).stream().skip(1).map(l -> l.split("\t", -1))
                .map(c -> new Query(c[0], c[1], c[2], c[3], tags(c[4]), tags(c[5]))).toList();
        Map<UUID, Listing> byId = new HashMap<>();
        listings.forEach(l -> byId.put(l.id(), l));
        return new RelevanceCorpus(listings, queries, byId);
    }

    /**
     * What loading cost and found: language agreement with the corpus labels, model time per listing text; each
     * listing's vector and its category's (the ranking probes use them).
     */
    record Loaded(int agreeing, int unknown, double embeddingMillisPerListing, Map<UUID, float[]> vectors,
            Map<UUID, float[]> categoryVectors, Map<String, Map<UUID, float[]>> otherTexts) {}

    static final String ENGLISH_CATEGORIES = "category path in English only";
    static final String NO_CATEGORIES = "no category names";

    Loaded load(JdbcTemplate jdbc, List<CategoryView> categories, SentenceEmbeddings embeddings, ListingLanguage languages) {
        Map<String, CategoryView> bySlug = new HashMap<>();
        Map<CategoryId, CategoryView> byCategoryId = new HashMap<>();
        categories.forEach(c -> {
            bySlug.put(c.slug(), c);
            byCategoryId.put(c.id(), c);
        });
        List<Object[]> rows = new ArrayList<>();
        int agreeing = 0;
        int unknown = 0;
        long modelNanos = 0;
        Map<UUID, float[]> vectors = new HashMap<>();
        Map<UUID, float[]> categoryVectors = new HashMap<>();
        Map<String, float[]> byCategory = new HashMap<>();
        Map<String, Map<UUID, float[]>> otherTexts = Map.of(ENGLISH_CATEGORIES, new HashMap<>(), NO_CATEGORIES,
                new HashMap<>());
        for (Listing listing : listings) {
            String detected = languages.detect(listing.title(), listing.description());
            agreeing += detected.equals(listing.language()) ? 1 : 0;
            unknown += detected.isEmpty() ? 1 : 0;
            CategoryView category = bySlug.getOrDefault(listing.category(), bySlug.get("goods"));
            List<String> path = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<String> english = new ArrayList<>();
            for (CategoryView c = category; c != null; c = c.parentId() == null ? null : byCategoryId.get(c.parentId())) {
                path.add(c.id().toString());
                names.addAll(c.names()); // xlang: en, de, fr, es as the indexer writes them
                english.add(c.name());
            }
            String categoryNames = String.join(" ", names);
            String text = listing.title() + ". " + categoryNames + ". . " + listing.description();
            long start = System.nanoTime();
            float[] vector = embeddings.embed(text);
            modelNanos += System.nanoTime() - start;
            vectors.put(listing.id(), vector);
            // ranking probes: the embedded text with the category path in English only, and without categories
            otherTexts.get(ENGLISH_CATEGORIES).put(listing.id(), embeddings.embed(
                    listing.title() + ". " + String.join(" ", english) + ". . " + listing.description()));
            otherTexts.get(NO_CATEGORIES).put(listing.id(), embeddings.embed(
                    listing.title() + ". " + listing.description()));
            // the leaf category's names in en/de/fr/es, as a passage (what a category prior would compare with)
            categoryVectors.put(listing.id(), byCategory.computeIfAbsent(category.slug(),
                    slug -> embeddings.embed(String.join(", ", category.names()))));
            rows.add(new Object[] {listing.id(), listing.title(), listing.description(), categoryNames,
                    String.join("\n", path), "", 1000L, "EUR", null, "meetup", 52.52, 13.405, "Berlin",
                    category.listingType().name(), Timestamp.from(Instant.parse("2026-11-01T00:00:00Z")),
                    new UUID(1, 1), "", Vectors.toBytes(vector), embeddings.key(text), embeddings.model().id(), detected});
        }
        jdbc.batchUpdate("""
                INSERT INTO search_listings (id, title, description, category_names, category_path, attributes,
                    price_minor, currency, item_condition, delivery, latitude, longitude, city, listing_type,
                    published_at, seller_id, blocked_dates, embedding, embedding_key, embedding_model, language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        // the caller loaded the model before (its seconds of loading are not a cost per listing)
        return new Loaded(agreeing, unknown, modelNanos / 1e6 / listings.size(), vectors, categoryVectors, otherTexts);
    }

    private static Set<String> tags(String joined) {
        return joined.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(joined.split(",")));
    }
}
