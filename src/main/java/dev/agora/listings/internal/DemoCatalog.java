package dev.agora.listings.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.AccountRegistered;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.PublicProfile;
import dev.agora.listings.CategoryDraft;
import dev.agora.listings.CategoryManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo categories and about 200 published listings of the demo seller, idempotently: existing
 * categories are kept, and listings are only seeded while the seller has none. The seller may be created
 * after this runs (identity seeds on the same ready event), so its registration also triggers the seeding.
 * One picture is drawn per category and its three sizes reused, which keeps start-up fast.
 */
@Component
@ConditionalOnProperty(name = "agora.demo.enabled", havingValue = "true")
class DemoCatalog {

    static final String SELLER_EMAIL = "seller@agora.test";
    static final String SELLER_HANDLE = "sam-seller";
    /** One picture per listing type (item, rental, service). */
    private static final List<String> PICTURE_LABELS = List.of("For sale", "For rent", "Service");
    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);
    /** Demo services booked by slots: weekdays at 10:00 and 16:00, an hour, three places. */
    private static final List<dev.agora.listings.WeeklySlot> DEMO_SLOTS = java.util.stream.Stream.of(
                    java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY,
                    java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.FRIDAY)
            .flatMap(day -> java.util.stream.Stream.of(
                    new dev.agora.listings.WeeklySlot(day, java.time.LocalTime.of(10, 0), 60, 3),
                    new dev.agora.listings.WeeklySlot(day, java.time.LocalTime.of(16, 0), 60, 3)))
            .toList();

    private final CategoryManagement categories;
    private final IdentityManagement identity;
    private final ListingRules rules;
    private final ListingRepository listings;
    private final ListingPhotos photos;
    private final PhotoPipeline pipeline;
    private final ListingsSettings settings;
    private final TransactionTemplate transactions;
    private final ServiceSchedule schedule;
    private final Clock clock;

    DemoCatalog(CategoryManagement categories, IdentityManagement identity, ListingRules rules,
            ListingRepository listings, ListingPhotos photos, PhotoPipeline pipeline, ListingsSettings settings,
            org.springframework.transaction.PlatformTransactionManager transactionManager, ServiceSchedule schedule,
            Clock clock) {
        this.schedule = schedule;
        this.categories = categories;
        this.identity = identity;
        this.rules = rules;
        this.listings = listings;
        this.photos = photos;
        this.pipeline = pipeline;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        // runs after identity's transaction committed, so it needs a transaction of its own
        this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(1) // before the reviews module's demo orders
    void onReady() {
        seedCategories();
        identity.findProfile(SELLER_HANDLE).map(PublicProfile::id).ifPresent(this::seedListings);
    }

    @TransactionalEventListener
    void onRegistered(AccountRegistered registered) {
        if (SELLER_EMAIL.equals(registered.email())) {
            seedCategories();
            seedListings(registered.accountId());
        }
    }

    synchronized void seedCategories() {
        for (CategoryDraft draft : DemoCategories.TREE) {
            transactions.executeWithoutResult(status -> {
                var existing = categories.findCategory(draft.slug());
                if (existing.isEmpty()) {
                    categories.createCategory(draft);
                } else {
                    DemoTranslations.fill(existing.get(), parentSlug(existing.get()), draft).ifPresent(filled ->
                            categories.updateCategory(existing.get().id(), filled));
                }
            });
        }
    }

    private @org.jspecify.annotations.Nullable String parentSlug(dev.agora.listings.CategoryView category) {
        return category.parentId() == null ? null : categories.categories().stream()
                .filter(c -> c.id().equals(category.parentId())).map(dev.agora.listings.CategoryView::slug)
                .findFirst().orElse(null);
    }

    synchronized void seedListings(AccountId seller) {
        if (!listings.findBySeller(seller.value()).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        // a few distinct pictures, reused: drawing and encoding one per listing would slow start-up down
        List<PhotoPipeline.ProcessedPhoto> pictures = new ArrayList<>();
        for (String label : PICTURE_LABELS) {
            pictures.add(pipeline.process(DemoPictures.draw(pictures.size(), label)));
        }
        long picturesDone = System.nanoTime();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<DemoListings.Demo> demos = DemoListings.generate(settings.demoListings(), today);
        transactions.executeWithoutResult(status -> {
            for (DemoListings.Demo demo : demos) {
                var content = rules.check(demo.draft(), categories.findCategory(demo.draft().categorySlug()).orElse(null));
                Listing listing = new Listing(seller.value(), content, clock.instant().minusSeconds(60L * demos.indexOf(demo)));
                PhotoPipeline.ProcessedPhoto picture = pictures.get(DemoListings.TEMPLATES.get(demo.pictureIndex()).type().ordinal());
                // the same picture is reused; a per-listing hash keeps the duplicate-photo check quiet for demo data
                photos.addProcessed(listing, new PhotoPipeline.ProcessedPhoto(
                        PhotoPipeline.sha256((picture.contentHash() + listing.id()).getBytes()), picture.width(),
                        picture.height(), picture.renditions()));
                listing.submit(null, clock.instant().minusSeconds(60L * demos.indexOf(demo)));
                listings.save(listing);
                if (content.bookingMode() == dev.agora.listings.BookingMode.SLOTS) {
                    schedule.defineSchedule(seller, new dev.agora.listings.ListingId(listing.id()), DEMO_SLOTS, List.of());
                }
            }
        });
        log.info("Seeded {} demo listings in {} ms (pictures {} ms)", demos.size(),
                (System.nanoTime() - started) / 1_000_000, (picturesDone - started) / 1_000_000);
    }
}
