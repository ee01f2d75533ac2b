package dev.agora.listings.internal;

import dev.agora.identity.AccountId;
import dev.agora.listings.CategoryId;
import dev.agora.listings.Delivery;
import dev.agora.listings.ListingChanged;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingPublished;
import dev.agora.listings.ListingView;
import dev.agora.listings.Location;
import dev.agora.listings.PhotoView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Builds the public views and events of a listing. */
@Component
class ListingViews {

    private final CategoryRepository categories;
    private final Map<UUID, String> slugs = new ConcurrentHashMap<>();

    ListingViews(CategoryRepository categories) {
        this.categories = categories;
    }

    static String photoUrl(UUID listingId, String photoId, String size) {
        return "/l/photos/" + listingId + "/" + photoId + "-" + size + ".jpg";
    }

    static String photoKey(UUID listingId, String photoId, String size) {
        return "listings/" + listingId + "/" + photoId + "-" + size + ".jpg";
    }

    ListingView view(Listing listing) {
        ListingColumns c = listing.content();
        List<Photo> photos = listing.photos();
        List<PhotoView> photoViews = new java.util.ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            Photo p = photos.get(i);
            photoViews.add(new PhotoView(p.photoId(), i, p.width(), p.height(),
                    photoUrl(listing.id(), p.photoId(), "small"), photoUrl(listing.id(), p.photoId(), "medium"),
                    photoUrl(listing.id(), p.photoId(), "large")));
        }
        return new ListingView(new ListingId(listing.id()), new AccountId(listing.sellerId()),
                new CategoryId(c.categoryId()), categorySlug(c.categoryId()), c.type(), listing.status(), c.title(),
                c.slug(), c.description(), Markdown.toSafeHtml(c.description()), c.price(), c.priceUnit(),
                c.condition(), new Location(c.city(), c.postalCode(), c.latitude(), c.longitude()),
                new Delivery(c.courier(), c.meetup(), c.shipping(), c.shippingFee()), c.stock(), c.minDuration(),
                c.maxDuration(), c.deposit(), c.bookingMode(), c.attributes(), List.copyOf(listing.blockedDates()),
                photoViews, listing.holdReason(), listing.createdAt(), listing.updatedAt(), listing.publishedAt(),
                listing.version());
    }

    /** Category slugs never change once listings use them, so they are cached per node. */
    String categorySlug(UUID categoryId) {
        return slugs.computeIfAbsent(categoryId, id -> categories.findById(id).map(Category::slug).orElse("unknown"));
    }

    void forgetCategory(UUID categoryId) {
        slugs.remove(categoryId);
    }

    ListingPublished published(Listing listing, Instant now) {
        ListingColumns c = listing.content();
        return new ListingPublished(UUID.randomUUID(), new ListingId(listing.id()), new AccountId(listing.sellerId()),
                categorySlug(c.categoryId()), c.type(), c.title(), c.description(), c.price(), c.priceUnit(), c.city(),
                c.latitude(), c.longitude(), now);
    }

    ListingChanged changed(Listing listing, Instant now) {
        ListingColumns c = listing.content();
        return new ListingChanged(UUID.randomUUID(), new ListingId(listing.id()), new AccountId(listing.sellerId()),
                listing.status(), categorySlug(c.categoryId()), c.type(), c.title(), c.description(), c.price(),
                c.priceUnit(), c.city(), c.latitude(), c.longitude(), now);
    }
}
