package dev.agora.listings.internal.web;

import dev.agora.listings.BookingMode;
import dev.agora.listings.CategoryView;
import dev.agora.listings.ItemCondition;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingType;
import dev.agora.listings.ListingView;
import dev.agora.listings.PriceUnit;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The sell wizard's form, bound field by field; turned into a {@link ListingDraft} that the module checks. */
class ListingForm {

    private String category = "";
    private String title = "";
    private String description = "";
    private String price = "";
    private String currency = "EUR";
    private @Nullable PriceUnit priceUnit;
    private @Nullable ItemCondition condition;
    private String city = "";
    private String postalCode = "";
    private boolean courier;
    private boolean meetup = true;
    private boolean shipping;
    private @Nullable String shippingFee;
    private int stock = 1;
    private @Nullable Integer minDuration;
    private @Nullable Integer maxDuration;
    private @Nullable String deposit;
    private @Nullable BookingMode bookingMode;
    private Map<String, String> attributes = new HashMap<>();
    private String blockedDates = "";

    static ListingForm of(ListingView listing) {
        ListingForm form = new ListingForm();
        ListingDraft d = listing.toDraft();
        form.category = d.categorySlug();
        form.title = d.title();
        form.description = d.description();
        form.price = d.price();
        form.currency = d.currency();
        form.priceUnit = d.priceUnit();
        form.condition = d.condition();
        form.city = d.city();
        form.postalCode = d.postalCode();
        form.courier = d.courier();
        form.meetup = d.meetup();
        form.shipping = d.shipping();
        form.shippingFee = d.shippingFee();
        form.stock = d.stock();
        form.minDuration = d.minDuration();
        form.maxDuration = d.maxDuration();
        form.deposit = d.deposit();
        form.bookingMode = d.bookingMode();
        form.attributes = new HashMap<>(d.attributes());
        form.blockedDates = String.join(", ", d.blockedDates().stream().map(LocalDate::toString).toList());
        return form;
    }

    ListingDraft toDraft(@Nullable CategoryView chosen) {
        ListingType type = chosen == null ? ListingType.ITEM : chosen.listingType();
        PriceUnit unit = priceUnit != null && priceUnit.allowedFor(type) ? priceUnit
                : type == ListingType.RENTAL ? PriceUnit.PER_DAY : PriceUnit.FIXED;
        Map<String, String> filled = new HashMap<>();
        attributes.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                filled.put(key, value);
            }
        });
        return new ListingDraft(category, type, title, description, price, currency, unit, condition, city,
                postalCode, null, null, courier, meetup, shipping, shippingFee, stock, minDuration, maxDuration,
                deposit, bookingMode, filled, dates());
    }

    private List<LocalDate> dates() {
        return Arrays.stream(blockedDates.split("[,\\s]+"))
                .filter(s -> !s.isBlank())
                .map(s -> {
                    try {
                        return LocalDate.parse(s.strip());
                    } catch (DateTimeParseException e) {
                        return null;
                    }
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getPrice() { return price; }
    public void setPrice(String price) { this.price = price; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public @Nullable PriceUnit getPriceUnit() { return priceUnit; }
    public void setPriceUnit(@Nullable PriceUnit priceUnit) { this.priceUnit = priceUnit; }
    public @Nullable ItemCondition getCondition() { return condition; }
    public void setCondition(@Nullable ItemCondition condition) { this.condition = condition; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public boolean isCourier() { return courier; }
    public void setCourier(boolean courier) { this.courier = courier; }
    public boolean isMeetup() { return meetup; }
    public void setMeetup(boolean meetup) { this.meetup = meetup; }
    public boolean isShipping() { return shipping; }
    public void setShipping(boolean shipping) { this.shipping = shipping; }
    public @Nullable String getShippingFee() { return shippingFee; }
    public void setShippingFee(@Nullable String shippingFee) { this.shippingFee = shippingFee; }
    public int getStock() { return stock; }
    public void setStock(int stock) { this.stock = stock; }
    public @Nullable Integer getMinDuration() { return minDuration; }
    public void setMinDuration(@Nullable Integer minDuration) { this.minDuration = minDuration; }
    public @Nullable Integer getMaxDuration() { return maxDuration; }
    public void setMaxDuration(@Nullable Integer maxDuration) { this.maxDuration = maxDuration; }
    public @Nullable String getDeposit() { return deposit; }
    public void setDeposit(@Nullable String deposit) { this.deposit = deposit; }
    public @Nullable BookingMode getBookingMode() { return bookingMode; }
    public void setBookingMode(@Nullable BookingMode bookingMode) { this.bookingMode = bookingMode; }
    public Map<String, String> getAttributes() { return attributes; }
    public void setAttributes(Map<String, String> attributes) { this.attributes = attributes; }
    public String getBlockedDates() { return blockedDates; }
    public void setBlockedDates(String blockedDates) { this.blockedDates = blockedDates; }
}
