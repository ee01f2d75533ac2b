package dev.agora.listings;

import java.util.Optional;

/**
 * Turns a city (and postal code) into coordinates. The default is an offline gazetteer of the demo cities;
 * an adapter for a real geocoding service replaces it by being another bean of this type.
 */
public interface Geocoder {

    Optional<Coordinates> locate(String city, String postalCode);

    record Coordinates(double latitude, double longitude) {}
}
