package dev.agora.search.internal;

import dev.agora.listings.CategoryId;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.identity.AccountId;
import dev.agora.listings.SellerSignals;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the search copy of one listing in line with the listing as it is now. Events only say "look
 * again", so replays, duplicates and out-of-order deliveries all end in the same state.
 */
@Component
class ListingIndexer {

    private final ListingManagement listings;
    private final CategoryManagement categories;
    private final SearchListingRepository documents;
    private final SearchSettings settings;
    private final ApplicationEventPublisher events;
    /** Whoever speaks about sellers (reviews: rating, verification; trust: level); with none, every boost is neutral. */
    private final List<SellerSignals> sellerSignals;

    private final dev.agora.listings.RentalCalendar rentals; // issue 6: booked days count as unavailable
    private final ListingLanguage language; // issue 12: which analyser reads the title and description
    /** Each refresh commits on its own, so a refresh that lost the race to insert a search copy can try again. */
    private final TransactionTemplate ownTransaction;
    private final SentenceEmbeddings embeddings; // relevance helper: the served model's key of the text

    ListingIndexer(ListingManagement listings, CategoryManagement categories, SearchListingRepository documents,
            SearchSettings settings, ApplicationEventPublisher events, List<SellerSignals> sellerSignals,
            dev.agora.listings.RentalCalendar rentals, ListingLanguage language, SentenceEmbeddings embeddings,
            PlatformTransactionManager transactions) {
        this.embeddings = embeddings;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rentals = rentals;
        this.language = language;
        this.sellerSignals = sellerSignals;
        this.listings = listings;
        this.categories = categories;
        this.documents = documents;
        this.settings = settings;
        this.events = events;
    }

    /**
     * Returns the listing when it is published (and now searchable), empty when it was removed. Two refreshes of a
     * listing without a search copy (a replayed event beside the first delivery, a sync beside a listener) both
     * insert it and one fails on the primary key; that one runs again, finds the other's row and updates it.
     */
    public Optional<ListingView> refresh(ListingId id) {
        Optional<ListingView> refreshed;
        try {
            refreshed = ownTransaction.execute(status -> refreshOnce(id));
        } catch (DataIntegrityViolationException lostInsertRace) {
            refreshed = ownTransaction.execute(status -> refreshOnce(id));
        }
        return refreshed == null ? Optional.empty() : refreshed;
    }

    private Optional<ListingView> refreshOnce(ListingId id) {
        Optional<ListingView> listing = listings.find(id).filter(ListingView::isPublished);
        if (listing.isEmpty()) {
            documents.findById(id.value()).ifPresent(documents::delete);
            return Optional.empty();
        }
        SearchListing document = documents.findById(id.value()).orElseGet(() -> new SearchListing(id.value()));
        document.refresh(ListingFacts.of(listing.get(), categoryMap(), SellerFacts.of(sellerSignals, listing.get().sellerId()),
                booked(listing.get()), language.detect(listing.get().title(), listing.get().description())));
        // the vector is computed after this commit (ListingVectors): keyword search never waits for the model
        if (settings.semantic().enabled()
                && document.wantsEmbedding(embeddings.key(document.text().embeddingText()))) {
            events.publishEvent(new SearchTextChanged(id.value()));
        }
        documents.save(document);
        return listing;
    }

    /** Issue 6: a rental's booked days from today on (the seller's blocked dates come with the listing). */
    private List<java.time.LocalDate> booked(ListingView listing) {
        return listing.type() == dev.agora.listings.ListingType.RENTAL
                ? rentals.bookedDates(listing.id(), rentals.today()) : List.of();
    }

    /**
     * Writes the seller's current rating, verification and level into each of their listings (Hibernate Search
     * reindexes the changed ones); returns how many changed.
     */
    @Transactional
    public int refreshSeller(AccountId seller) {
        List<SearchListing> listed = documents.findBySellerId(seller.value());
        if (listed.isEmpty()) {
            return 0;
        }
        SellerFacts facts = SellerFacts.of(sellerSignals, seller);
        int changed = 0;
        for (SearchListing document : listed) {
            if (document.refreshSeller(facts)) {
                changed++;
            }
        }
        return changed;
    }

    private Map<CategoryId, CategoryView> categoryMap() {
        return categories.categories().stream().collect(Collectors.toMap(CategoryView::id, Function.identity()));
    }
}
