package dev.agora.listings.internal;

import dev.agora.kernel.money.Money;
import dev.agora.listings.BookingMode;
import dev.agora.listings.ItemCondition;
import dev.agora.listings.ListingType;
import dev.agora.listings.PriceUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/** The editable content of a listing as columns; replaced as a whole on every edit (an immutable value). */
@Embeddable
class ListingColumns {

    private static final TypeReference<Map<String, Object>> ATTRIBUTES = new TypeReference<>() {};

    @Column(name = "category_id")
    private UUID categoryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "listing_type")
    private ListingType type;

    private String title;
    private String slug;
    private String description;

    @Column(name = "price_minor")
    private long priceMinor;

    @Column(name = "price_currency")
    private String priceCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_unit")
    private PriceUnit priceUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_condition")
    private @Nullable ItemCondition condition;

    private String city;

    @Column(name = "postal_code")
    private String postalCode;

    private @Nullable Double latitude;
    private @Nullable Double longitude;
    private boolean courier;
    private boolean meetup;
    private boolean shipping;

    @Column(name = "shipping_fee_minor")
    private @Nullable Long shippingFeeMinor;

    private int stock;

    @Column(name = "min_duration")
    private @Nullable Integer minDuration;

    @Column(name = "max_duration")
    private @Nullable Integer maxDuration;

    @Column(name = "deposit_minor")
    private @Nullable Long depositMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "booking_mode")
    private @Nullable BookingMode bookingMode;

    private String attributes;

    protected ListingColumns() {
        this.categoryId = UUID.randomUUID();
        this.type = ListingType.ITEM;
        this.title = "";
        this.slug = "";
        this.description = "";
        this.priceCurrency = "EUR";
        this.priceUnit = PriceUnit.FIXED;
        this.city = "";
        this.postalCode = "";
        this.attributes = "{}";
    }

    static ListingColumns of(ListingContent c) {
        ListingColumns columns = new ListingColumns();
        columns.categoryId = c.categoryId();
        columns.type = c.type();
        columns.title = c.title();
        columns.slug = c.slug();
        columns.description = c.description();
        columns.priceMinor = c.price().minorUnits();
        columns.priceCurrency = c.price().currencyCode();
        columns.priceUnit = c.priceUnit();
        columns.condition = c.condition();
        columns.city = c.city();
        columns.postalCode = c.postalCode();
        columns.latitude = c.latitude();
        columns.longitude = c.longitude();
        columns.courier = c.courier();
        columns.meetup = c.meetup();
        columns.shipping = c.shipping();
        columns.shippingFeeMinor = c.shippingFee() == null ? null : c.shippingFee().minorUnits();
        columns.stock = c.stock();
        columns.minDuration = c.minDuration();
        columns.maxDuration = c.maxDuration();
        columns.depositMinor = c.deposit() == null ? null : c.deposit().minorUnits();
        columns.bookingMode = c.bookingMode();
        columns.attributes = Json.write(c.attributes());
        return columns;
    }

    UUID categoryId() { return categoryId; }
    ListingType type() { return type; }
    String title() { return title; }
    String slug() { return slug; }
    String description() { return description; }
    Money price() { return Money.ofMinor(priceMinor, priceCurrency); }
    PriceUnit priceUnit() { return priceUnit; }
    @Nullable ItemCondition condition() { return condition; }
    String city() { return city; }
    String postalCode() { return postalCode; }
    @Nullable Double latitude() { return latitude; }
    @Nullable Double longitude() { return longitude; }
    boolean courier() { return courier; }
    boolean meetup() { return meetup; }
    boolean shipping() { return shipping; }
    @Nullable Money shippingFee() { return shippingFeeMinor == null ? null : Money.ofMinor(shippingFeeMinor, priceCurrency); }
    int stock() { return stock; }
    @Nullable Integer minDuration() { return minDuration; }
    @Nullable Integer maxDuration() { return maxDuration; }
    @Nullable Money deposit() { return depositMinor == null ? null : Money.ofMinor(depositMinor, priceCurrency); }
    @Nullable BookingMode bookingMode() { return bookingMode; }
    Map<String, Object> attributes() { return Json.read(attributes, ATTRIBUTES); }
    String attributesJson() { return attributes; }
}
