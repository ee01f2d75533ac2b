package dev.agora.listings;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A listing as pages, the API and other modules see it. {@code version} is the ETag of the API. */
public record ListingView(
        ListingId id,
        AccountId sellerId,
        CategoryId categoryId,
        String categorySlug,
        ListingType type,
        ListingStatus status,
        String title,
        String slug,
        String description,
        String descriptionHtml,
        Money price,
        PriceUnit priceUnit,
        @Nullable ItemCondition condition,
        Location location,
        Delivery delivery,
        int stock,
        @Nullable Integer minDuration,
        @Nullable Integer maxDuration,
        @Nullable Money deposit,
        @Nullable BookingMode bookingMode,
        Map<String, Object> attributes,
        List<LocalDate> blockedDates,
        List<PhotoView> photos,
        @Nullable String holdReason,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        long version) {

    /** The canonical page path, {@code /l/{id}-{slug}}. */
    public String path() {
        return "/l/" + id + "-" + slug;
    }

    public @Nullable PhotoView cover() {
        return photos.isEmpty() ? null : photos.getFirst();
    }

    public boolean isPublished() {
        return status == ListingStatus.PUBLISHED;
    }

    /** The draft a seller would submit to keep everything as it is (the start of an edit). */
    public ListingDraft toDraft() {
        return new ListingDraft(categorySlug, type, title, description, price.amount().toPlainString(),
                price.currencyCode(), priceUnit, condition, location.city(), location.postalCode(),
                location.latitude(), location.longitude(), delivery.courier(), delivery.meetup(), delivery.shipping(),
                delivery.shippingFee() == null ? null : delivery.shippingFee().amount().toPlainString(), stock,
                minDuration, maxDuration, deposit == null ? null : deposit.amount().toPlainString(), bookingMode,
                attributes.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> String.valueOf(e.getValue()))),
                blockedDates);
    }
}
