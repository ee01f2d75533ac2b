package dev.agora.fulfillment.internal;

import dev.agora.kernel.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The courier tariff in force ({@link TariffVersions}, issue 7): which zone serves a trip and what it costs the buyer. */
@Component
class Tariff {

    private final TariffVersions versions;
    private final FulfillmentSettings settings;

    Tariff(TariffVersions versions, FulfillmentSettings settings) {
        this.versions = versions;
        this.settings = settings;
    }

    /** The zones in force. */
    java.util.List<FulfillmentSettings.Zone> zones() {
        return versions.zones();
    }

    /** Jobs one window of the zone takes. */
    int capacity(String zoneName) {
        return zone(zoneName).map(FulfillmentSettings.Zone::windowCapacity).filter(c -> c != null)
                .orElse(settings.windowCapacity());
    }

    /** The zone whose radius holds both ends of the trip (the nearest centre if several do). */
    Optional<FulfillmentSettings.Zone> zoneFor(double fromLat, double fromLon, double toLat, double toLon) {
        return versions.zones().stream()
                .filter(z -> Geo.km(z.latitude(), z.longitude(), fromLat, fromLon) <= z.radiusKm()
                        && Geo.km(z.latitude(), z.longitude(), toLat, toLon) <= z.radiusKm())
                .min(Comparator.comparingDouble(z -> Geo.km(z.latitude(), z.longitude(), fromLat, fromLon)));
    }

    Optional<FulfillmentSettings.Zone> zone(String name) {
        return versions.zone(name);
    }

    /** Base + per-km × road km (km rounded up to a tenth), less the batching discount; half-even cents via Money. */
    Money fee(FulfillmentSettings.Zone zone, double roadKm, boolean batched) {
        long tenths = (long) Math.ceil(roadKm * 10);
        long perKmMinor = new BigDecimal(zone.perKm().minorUnits()).multiply(BigDecimal.valueOf(tenths))
                .divide(BigDecimal.TEN, 0, RoundingMode.HALF_EVEN).longValueExact();
        Money full = zone.base().plus(Money.ofMinor(perKmMinor, zone.currency()));
        return batched ? full.minus(full.percentOf(zone.batchingDiscountBasisPoints())) : full;
    }
}
