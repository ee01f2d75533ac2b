package dev.agora.listings.internal.web;

import dev.agora.listings.ItemCondition;
import dev.agora.listings.ListingStatus;
import dev.agora.listings.ListingType;
import dev.agora.listings.ListingView;
import dev.agora.listings.PhotoView;
import dev.agora.listings.SellerSignals;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD for a listing page: a Product with an Offer for items and rentals, a Service with an
 * Offer for services. Built as a map and written by Jackson (never by string concatenation); "&lt;/" is
 * escaped so a title such as "&lt;/script&gt;" cannot end the script element early.
 */
final class StructuredData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StructuredData() {}

    static String jsonLd(ListingView listing, String baseUrl, String sellerName, String description) {
        return jsonLd(listing, baseUrl, sellerName, description, null);
    }

    /**
     * With the seller's rating (from {@link SellerSignals}) as the item's {@code aggregateRating}: on a marketplace of
     * used goods the seller's reviews are the reviews a buyer of this offer has.
     */
    static String jsonLd(ListingView listing, String baseUrl, String sellerName, String description,
            SellerSignals.@Nullable SellerRating rating) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("price", listing.price().amount().toPlainString());
        offer.put("priceCurrency", listing.price().currencyCode());
        offer.put("url", baseUrl + listing.path());
        offer.put("availability", listing.status() == ListingStatus.PUBLISHED
                ? "https://schema.org/InStock" : "https://schema.org/OutOfStock");
        if (listing.condition() != null && listing.type() != ListingType.SERVICE) {
            offer.put("itemCondition", listing.condition() == ItemCondition.NEW
                    ? "https://schema.org/NewCondition" : "https://schema.org/UsedCondition");
        }
        offer.put("seller", Map.of("@type", "Person", "name", sellerName));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", listing.type() == ListingType.SERVICE ? "Service" : "Product");
        data.put("name", listing.title());
        data.put("description", description);
        data.put("url", baseUrl + listing.path());
        data.put("image", listing.photos().stream().map(PhotoView::largeUrl).map(url -> baseUrl + url).toList());
        if (listing.type() == ListingType.SERVICE) {
            data.put("areaServed", listing.location().city());
            data.put("provider", Map.of("@type", "Person", "name", sellerName));
        }
        data.put("offers", offer);
        if (rating != null && rating.count() > 0) {
            Map<String, Object> aggregate = new LinkedHashMap<>();
            aggregate.put("@type", "AggregateRating");
            aggregate.put("ratingValue", rating.average().setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString());
            aggregate.put("reviewCount", rating.count());
            aggregate.put("bestRating", "5");
            aggregate.put("worstRating", "1");
            data.put("aggregateRating", aggregate);
        }
        return JSON.writeValueAsString(data).replace("</", "<\\/");
    }
}
