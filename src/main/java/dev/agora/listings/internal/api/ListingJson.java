package dev.agora.listings.internal.api;

import dev.agora.kernel.money.Money;
import dev.agora.listings.BookingMode;
import dev.agora.listings.ItemCondition;
import dev.agora.listings.ListingStatus;
import dev.agora.listings.ListingType;
import dev.agora.listings.ListingView;
import dev.agora.listings.Location;
import dev.agora.listings.PhotoView;
import dev.agora.listings.PriceUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A listing in the API: money as decimal strings with their currency, never floating point. */
record ListingJson(
        String id,
        String sellerId,
        String categorySlug,
        ListingType type,
        ListingStatus status,
        String title,
        String description,
        String descriptionHtml,
        MoneyJson price,
        PriceUnit priceUnit,
        @Nullable ItemCondition condition,
        Location location,
        DeliveryJson delivery,
        int stock,
        @Nullable Integer minDuration,
        @Nullable Integer maxDuration,
        @Nullable MoneyJson deposit,
        @Nullable BookingMode bookingMode,
        Map<String, Object> attributes,
        List<LocalDate> blockedDates,
        List<PhotoView> photos,
        @Nullable String holdReason,
        String url,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        long version) {

    record MoneyJson(String amount, String currency) {
        static @Nullable MoneyJson of(@Nullable Money money) {
            return money == null ? null : new MoneyJson(money.amount().toPlainString(), money.currencyCode());
        }
    }

    record DeliveryJson(boolean courier, boolean meetup, boolean shipping, @Nullable MoneyJson shippingFee) {}

    static ListingJson of(ListingView v) {
        return new ListingJson(v.id().toString(), v.sellerId().toString(), v.categorySlug(), v.type(), v.status(),
                v.title(), v.description(), v.descriptionHtml(), MoneyJson.of(v.price()), v.priceUnit(), v.condition(),
                v.location(), new DeliveryJson(v.delivery().courier(), v.delivery().meetup(), v.delivery().shipping(),
                        MoneyJson.of(v.delivery().shippingFee())),
                v.stock(), v.minDuration(), v.maxDuration(), MoneyJson.of(v.deposit()), v.bookingMode(), v.attributes(),
                v.blockedDates(), v.photos(), v.holdReason(), v.path(), v.createdAt(), v.updatedAt(), v.publishedAt(),
                v.version());
    }
}
