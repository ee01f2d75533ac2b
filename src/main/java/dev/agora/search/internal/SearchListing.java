package dev.agora.search.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.extractor.mapping.annotation.ContainerExtract;
import org.hibernate.search.mapper.pojo.extractor.mapping.annotation.ContainerExtraction;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.VectorField;

/**
 * The search document of one published listing: the search module's own copy of what it needs, written from
 * the listing events (see {@link ListingIndexer}); a listing that is not published has no row. Multi-valued
 * facts (category path, attributes, delivery options, blocked dates) are kept as delimited strings and
 * indexed through derived getters, so no extra tables are needed.
 */
@Entity
@Table(name = "search_listings")
@Indexed(index = "listings")
@TypeBinding(binder = @TypeBinderRef(type = LanguageFields.class))
@GeoPointBinding(fieldName = "location", sortable = Sortable.YES)
public class SearchListing {

    static final String SEPARATOR = "\n";

    @Id
    @DocumentId
    private UUID id;

    /** Neutral analysis (every language, typos); the listing's language adds a stemmed copy ({@link LanguageFields}). */
    @FullTextField(analyzer = "neutral")
    @FullTextField(name = "title_suggest", analyzer = "autocomplete", searchAnalyzer = "autocomplete_query")
    @KeywordField(name = "title_exact", projectable = Projectable.YES, normalizer = "lowercase")
    @Column(nullable = false, length = 200)
    private String title;

    @FullTextField(analyzer = "neutral")
    @Column(nullable = false, length = 10000)
    private String description;

    /**
     * Issue 12: the language the listing is written in ({@code en}, {@code de}, {@code fr}, {@code es}; blank or
     * null when unknown), detected by {@link ListingLanguage}. Null marks a document written before detection
     * existed: {@link SearchIndexAdmin} rebuilds the index once at start-up when it finds one.
     */
    @KeywordField(name = "language", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "language", length = 5)
    private @Nullable String language;

    /**
     * The category's and its ancestors' names in every language (en, de, fr, es), for keyword matching in one
     * analysis: a query word in another language reaches them through the taxonomy (search-facets helper: the
     * German, French and Spanish analyses were no longer queried and are no longer indexed,
     * docs/decisions/2026-12-08-keyword-matching-cost.md).
     */
    @FullTextField(name = "category_text", analyzer = "english")
    @Column(name = "category_names", nullable = false, length = 1000)
    private String categoryNames;

    /** Issue 12: attribute values with their names in every language (enum options, yes-attributes' labels). */
    @FullTextField(name = "attribute_text", analyzer = "english")
    @Column(name = "attribute_names", length = 4000)
    private @Nullable String attributeNames;

    /** Ids of the category and every ancestor, separated by newlines (a listing is found in each of them). */
    @Column(name = "category_path", nullable = false, length = 400)
    private String categoryPath;

    /** Attribute values as {@code key=value} lines. */
    @Column(nullable = false, length = 4000)
    private String attributes;

    @GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES)
    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(nullable = false, length = 3)
    private String currency;

    @KeywordField(aggregable = Aggregable.YES)
    @Column(name = "item_condition", length = 20)
    private String condition;

    /** Delivery options offered (courier, meetup, shipping), newline separated. */
    @Column(nullable = false, length = 40)
    private String delivery;

    @Latitude
    @Column
    private Double latitude;

    @Longitude
    @Column
    private Double longitude;

    @KeywordField(normalizer = "lowercase", aggregable = Aggregable.YES)
    @Column(nullable = false, length = 120)
    private String city;

    @KeywordField(aggregable = Aggregable.YES)
    @Column(name = "listing_type", nullable = false, length = 20)
    private String listingType;

    /** Projectable: the freshness boost is added to the top hits in Java ({@link RescoredHits}). */
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @GenericField
    @Column(name = "seller_id", nullable = false)
    private UUID sellerId;

    /** The seller's average rating (1–5) when some module rates sellers; null (no boost, sorted last) otherwise. */
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "seller_rating")
    private Double sellerRating;

    /** The seller verified an ID, business or phone (see {@link SellerFacts}). */
    @GenericField
    @Column(name = "seller_verified", nullable = false)
    private boolean sellerVerified;

    /** NEW, RISING or TOP, from trust's level badge. */
    @KeywordField(projectable = Projectable.YES)
    @Column(name = "seller_level", nullable = false, length = 10)
    private String sellerLevel = "NEW";

    /** Rental dates already booked or blocked (ISO dates, newline separated). */
    @Column(name = "blocked_dates", nullable = false, length = 4000)
    private String blockedDates;

    /** The sentence embedding, its fingerprint and model ({@link ListingEmbedding}); null when all three are. */
    @Embedded
    private @Nullable ListingEmbedding embedding;

    protected SearchListing() {}

    SearchListing(UUID id) {
        this.id = id;
    }

    /** Overwrites every fact with the listing's current state (the indexer is idempotent by design). */
    void refresh(ListingFacts facts) {
        this.title = facts.title();
        this.description = facts.description();
        this.categoryNames = facts.categoryNames();
        this.categoryPath = String.join(SEPARATOR, facts.categoryPath());
        this.attributes = String.join(SEPARATOR, facts.attributes());
        this.attributeNames = facts.attributeNames();
        this.language = facts.language();
        this.priceMinor = facts.priceMinor();
        this.currency = facts.currency();
        this.condition = facts.condition();
        this.delivery = String.join(SEPARATOR, facts.delivery());
        this.latitude = facts.latitude();
        this.longitude = facts.longitude();
        this.city = facts.city();
        this.listingType = facts.listingType();
        this.publishedAt = facts.publishedAt();
        this.sellerId = facts.sellerId();
        refreshSeller(facts.seller());
        this.blockedDates = String.join(SEPARATOR, facts.blockedDates().stream().map(LocalDate::toString).toList());
    }

    /** Takes the seller's current facts; returns whether anything changed (only then is the listing reindexed). */
    boolean refreshSeller(SellerFacts seller) {
        boolean changed = !java.util.Objects.equals(sellerRating, seller.rating()) || sellerVerified != seller.verified()
                || !seller.level().equals(sellerLevel);
        this.sellerRating = seller.rating();
        this.sellerVerified = seller.verified();
        this.sellerLevel = seller.level();
        return changed;
    }

    /** The document's words as one value (the embedding's text, see {@link ListingText}). */
    ListingText text() {
        return new ListingText(title, description, categoryNames, ListingText.lines(attributes));
    }

    @Nullable String embeddingKey() {
        return embedding == null ? null : embedding.key();
    }

    /** Forgets a vector computed from other text; returns whether one is now wanted for {@code key}. */
    boolean wantsEmbedding(String key) {
        return embedding().wants(key);
    }

    void embed(String key, float[] vector, String model) {
        embedding().embed(key, vector, model);
    }

    private ListingEmbedding embedding() {
        if (embedding == null) {
            embedding = new ListingEmbedding();
        }
        return embedding;
    }

    /** The embedding for nearest-neighbour search (HNSW graph; why m 16, beam 50: docs/decisions/0016-hnsw-graph.md). */
    @Transient
    @VectorField(name = "embedding", dimension = SentenceEmbeddings.DIMENSION,
            vectorSimilarity = VectorSimilarity.DOT_PRODUCT, m = 16, efConstruction = 50)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "embedding"),
            @PropertyValue(propertyName = "embedding")}),
            extraction = @ContainerExtraction(extract = ContainerExtract.NO)) // the array is one value
    public float @Nullable [] getVector() {
        return embedding == null ? null : embedding.vector();
    }

    @Transient
    @KeywordField(name = "category", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "categoryPath")))
    public List<String> getCategoryIds() {
        return ListingText.lines(categoryPath);
    }

    /** {@code key=value} terms for filters and facets. */
    @Transient
    @KeywordField(name = "attribute", aggregable = Aggregable.YES, normalizer = "lowercase")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "attributes")))
    public List<String> getAttributeTerms() {
        return ListingText.lines(attributes);
    }

    @Transient
    @KeywordField(name = "delivery", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "delivery")))
    public List<String> getDeliveryOptions() {
        return ListingText.lines(delivery);
    }

    /** The sample levels of this listing, for facet counts of large result sets ({@link FacetSample}). */
    @Transient
    @KeywordField(name = FacetSample.FIELD)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "id")))
    public List<String> getSampleLevels() {
        return FacetSample.levelsOf(id);
    }

    @Transient
    @GenericField(name = "blocked")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "blockedDates")))
    public List<LocalDate> getBlocked() {
        return ListingText.lines(blockedDates).stream().map(LocalDate::parse).toList();
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    /** The detected language, {@link ListingLanguage#UNKNOWN} when none. */
    String getLanguage() {
        return language == null ? ListingLanguage.UNKNOWN : language;
    }

    /** What the explain view shows about a listing's boosts. */
    Instant publishedAt() {
        return publishedAt;
    }

    @Nullable Double sellerRating() {
        return sellerRating;
    }

    String sellerLevel() {
        return sellerLevel;
    }
}
