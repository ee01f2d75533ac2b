package dev.agora.fulfillment.internal;

import dev.agora.listings.Geocoder;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where an address is, for routing and pricing. The offline gazetteer knows city centres only, so the street and
 * postal code spread a point deterministically within 3 km of the centre (the same address always lands on the
 * same point); a real geocoder adapter returns real points and makes the spread irrelevant (it is only applied to
 * points that are exactly a centre the geocoder returned for the city alone).
 */
@Component
class Places {

    static final double SPREAD_KM = 3.0;

    private final Geocoder geocoder;

    Places(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    Optional<Geocoder.Coordinates> locate(String city, @Nullable String postalCode, @Nullable String street) {
        String postal = postalCode == null ? "" : postalCode.strip();
        return geocoder.locate(city, postal).map(point -> {
            String detail = (postal + "|" + (street == null ? "" : street.strip().toLowerCase())).strip();
            if (detail.equals("|")) {
                return point;
            }
            int hash = detail.hashCode();
            double angle = (hash & 0xffff) / 65536.0 * 2 * Math.PI;
            double distance = ((hash >>> 16) & 0x7fff) / 32768.0 * SPREAD_KM;
            double dLat = distance * Math.cos(angle) / 111.0;
            double dLon = distance * Math.sin(angle) / (111.0 * Math.cos(Math.toRadians(point.latitude())));
            return new Geocoder.Coordinates(point.latitude() + dLat, point.longitude() + dLon);
        });
    }
}
