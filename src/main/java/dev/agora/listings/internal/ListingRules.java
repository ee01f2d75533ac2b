package dev.agora.listings.internal;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.validation.InvalidInputException.FieldError;
import dev.agora.listings.BookingMode;
import dev.agora.listings.CategoryView;
import dev.agora.listings.Geocoder;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Every rule a listing's content must meet, checked together so the seller sees all problems at once. */
@Component
class ListingRules {

    static final int TITLE_MAX = 140;
    static final int DESCRIPTION_MAX = 10_000;
    private static final Pattern HTML_TAG = Pattern.compile("<\\s*[a-zA-Z!/?]");
    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{1,11}");

    private final ListingsSettings settings;
    private final Geocoder geocoder;

    ListingRules(ListingsSettings settings, Geocoder geocoder) {
        this.settings = settings;
        this.geocoder = geocoder;
    }

    ListingContent check(ListingDraft draft, @Nullable CategoryView category) {
        List<FieldError> errors = new ArrayList<>();
        if (category == null) {
            errors.add(new FieldError("categorySlug", "listing.category", "choose a category"));
        }
        ListingType type = draft.type();
        if (type == null) {
            errors.add(new FieldError("type", "listing.type", "choose item, rental or service"));
            throw new InvalidInputException(errors);
        }
        if (category != null && category.listingType() != type) {
            errors.add(new FieldError("type", "listing.type.category",
                    "this category takes " + category.listingType().name().toLowerCase() + " listings"));
        }
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.length() < 3 || title.length() > TITLE_MAX) {
            errors.add(new FieldError("title", "listing.title.length", "must be 3 to " + TITLE_MAX + " characters"));
        }
        String description = draft.description() == null ? "" : draft.description().strip();
        if (description.length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "listing.description.length",
                    "must be at most " + DESCRIPTION_MAX + " characters"));
        } else if (HTML_TAG.matcher(description).find()) {
            errors.add(new FieldError("description", "listing.description.html",
                    "use Markdown for formatting; HTML and scripts are not allowed"));
        }
        Currency currency = null;
        try {
            currency = Money.currency(draft.currency());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("currency", "listing.currency", "unknown currency " + draft.currency()));
        }
        Money price = currency == null ? null : amount("price", draft.price(), currency, true, errors);
        if (draft.priceUnit() == null || !draft.priceUnit().allowedFor(type)) {
            errors.add(new FieldError("priceUnit", "listing.priceUnit", "this price unit does not fit a " + type.name().toLowerCase()));
        }
        String city = draft.city() == null ? "" : draft.city().strip();
        String postalCode = draft.postalCode() == null ? "" : draft.postalCode().strip();
        if (city.isEmpty() || city.length() > 120) {
            errors.add(new FieldError("city", "listing.city", "must be 1 to 120 characters"));
        }
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            errors.add(new FieldError("postalCode", "listing.postalCode", "must be a postal code"));
        }
        Double latitude = draft.latitude();
        Double longitude = draft.longitude();
        if (latitude == null || longitude == null) {
            var found = geocoder.locate(city, postalCode);
            latitude = found.map(Geocoder.Coordinates::latitude).orElse(null);
            longitude = found.map(Geocoder.Coordinates::longitude).orElse(null);
        } else if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            errors.add(new FieldError("latitude", "listing.coordinates", "coordinates are out of range"));
        }
        boolean delivers = type != ListingType.SERVICE;
        Money shippingFee = null;
        if (delivers && !draft.courier() && !draft.meetup() && !draft.shipping()) {
            errors.add(new FieldError("delivery", "listing.delivery", "offer at least one way to hand it over"));
        }
        if (delivers && draft.shipping() && currency != null) {
            shippingFee = amount("shippingFee", draft.shippingFee() == null ? "0" : draft.shippingFee(), currency, false, errors);
        }
        int stock = 1;
        if (type == ListingType.ITEM) {
            stock = draft.stock();
            if (stock < 1 || stock > 10_000) {
                errors.add(new FieldError("stock", "listing.stock", "must be 1 to 10000"));
            }
        }
        Integer minDuration = null;
        Integer maxDuration = null;
        Money deposit = null;
        if (type == ListingType.RENTAL) {
            minDuration = draft.minDuration() == null ? 1 : draft.minDuration();
            maxDuration = draft.maxDuration();
            if (minDuration < 1 || (maxDuration != null && maxDuration < minDuration) || (maxDuration != null && maxDuration > 365)) {
                errors.add(new FieldError("maxDuration", "listing.duration", "durations must be 1 to 365, minimum ≤ maximum"));
            }
            if (draft.deposit() != null && !draft.deposit().isBlank() && currency != null) {
                deposit = amount("deposit", draft.deposit(), currency, false, errors);
            }
        }
        if (type != ListingType.ITEM && draft.blockedDates().size() > 366) {
            errors.add(new FieldError("blockedDates", "listing.blockedDates", "at most 366 blocked dates"));
        }
        BookingMode bookingMode = null;
        if (type == ListingType.SERVICE) {
            bookingMode = draft.bookingMode() == null ? BookingMode.ON_REQUEST : draft.bookingMode();
        }
        Map<String, Object> attributes = category == null
                ? Map.of()
                : AttributeValues.validate(category.attributes(), draft.attributes(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ListingContent(category.id().value(), type, title, Slugs.of(title), description, price,
                draft.priceUnit(), type == ListingType.SERVICE ? null : draft.condition(), city, postalCode, latitude,
                longitude, delivers && draft.courier(), delivers && draft.meetup(), delivers && draft.shipping(),
                shippingFee, stock, minDuration, maxDuration, deposit, bookingMode, attributes,
                type != ListingType.ITEM ? new TreeSet<>(draft.blockedDates()) : new TreeSet<>());
    }

    Money price(String amount, Currency currency, List<FieldError> errors) {
        return amount("price", amount, currency, true, errors);
    }

    private @Nullable Money amount(String field, @Nullable String text, Currency currency, boolean price, List<FieldError> errors) {
        Money money;
        try {
            money = Money.of(new BigDecimal(text == null ? "" : text.strip().replace(',', '.')), currency);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "listing.amount", "must be an amount in " + currency.getCurrencyCode()));
            return null;
        }
        Money max = Money.of(settings.maxPrice(), currency);
        if (price && !money.isPositive()) {
            errors.add(new FieldError(field, "listing.price.positive", "must be more than zero"));
        } else if (money.minorUnits() < 0) {
            errors.add(new FieldError(field, "listing.amount.negative", "must not be negative"));
        } else if (money.isGreaterThan(max)) {
            errors.add(new FieldError(field, "listing.price.max", "must be at most " + max));
        }
        return money;
    }
}
