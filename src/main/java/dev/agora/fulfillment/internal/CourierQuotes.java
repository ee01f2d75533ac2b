package dev.agora.fulfillment.internal;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingView;
import dev.agora.orders.DeliveryChoice;
import dev.agora.orders.DeliveryMethod;
import dev.agora.orders.DeliveryQuotes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * The delivery fee at checkout. A method the listing does not offer is refused; a meetup is free, shipping is the
 * seller's fixed fee (the seller's money), the courier is priced by the tariff and collected by the platform.
 */
@Component
class CourierQuotes implements DeliveryQuotes {

    private final Tariff tariff;
    private final Places places;
    private final CourierJobRepository jobs;
    private final Clock clock;

    CourierQuotes(Tariff tariff, Places places, CourierJobRepository jobs, Clock clock) {
        this.tariff = tariff;
        this.places = places;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public Fee quote(ListingView listing, long quantity, DeliveryChoice choice) {
        Money zero = Money.zero(listing.price().currency());
        var offered = listing.delivery();
        return switch (choice.method()) {
            case NONE -> new Fee(zero, false);
            case MEETUP -> {
                require(offered.meetup(), choice.method());
                yield new Fee(zero, false);
            }
            case SHIPPING -> {
                require(offered.shipping(), choice.method());
                yield new Fee(offered.shippingFee() == null ? zero : offered.shippingFee(), false);
            }
            case COURIER -> {
                require(offered.courier(), choice.method());
                yield new Fee(courierTrip(listing, choice).fee(), true);
            }
        };
    }

    /** The courier trip from the listing to the buyer's address: zone, road km and fee; invalid when unserved. */
    Trip courierTrip(ListingView listing, DeliveryChoice choice) {
        if (choice.city() == null || choice.city().isBlank()) {
            throw InvalidInputException.of("delivery.city", "fulfillment.address.required", "Enter the delivery city");
        }
        var to = places.locate(choice.city(), choice.postalCode(), choice.address())
                .orElseThrow(() -> InvalidInputException.of("delivery.city", "fulfillment.address.unknown",
                        "The courier cannot find " + choice.city()));
        // the seller's street is not public: the listing's id spreads its pickup point like an address would
        var from = places.locate(listing.location().city(), listing.location().postalCode(), "listing:" + listing.id())
                .orElseThrow(() -> InvalidInputException.of("delivery.method", "fulfillment.courier.unserved",
                        "The courier does not serve this listing's location"));
        double fromLat = from.latitude();
        double fromLon = from.longitude();
        double fLat = fromLat;
        double fLon = fromLon;
        var zone = tariff.zoneFor(fLat, fLon, to.latitude(), to.longitude())
                .orElseThrow(() -> InvalidInputException.of("delivery.city", "fulfillment.courier.outside-zone",
                        "The courier only delivers within one city zone; choose another delivery method"));
        double km = Geo.roadKm(fLat, fLon, to.latitude(), to.longitude());
        boolean batched = !jobs.findByZoneAndStatusAndJobDayGreaterThanEqual(zone.name(), CourierJob.Status.OPEN,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).isEmpty();
        return new Trip(zone, fLat, fLon, to.latitude(), to.longitude(), km, batched, tariff.fee(zone, km, batched));
    }

    record Trip(FulfillmentSettings.Zone zone, double fromLat, double fromLon, double toLat, double toLon, double km,
            boolean batched, Money fee) {}

    private static void require(boolean offered, DeliveryMethod method) {
        if (!offered) {
            throw InvalidInputException.of("delivery.method", "fulfillment.method.not-offered",
                    "The seller does not offer " + method.name().toLowerCase() + " for this listing");
        }
    }
}
