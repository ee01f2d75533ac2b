package dev.agora.fulfillment.internal;

/** Great-circle distances; road distance is estimated as 1.3 × the straight line (a common detour factor). */
public final class Geo {

    public static final double ROAD_FACTOR = 1.3;
    private static final double EARTH_KM = 6371.0;

    private Geo() {}

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    public static double roadKm(double lat1, double lon1, double lat2, double lon2) {
        return km(lat1, lon1, lat2, lon2) * ROAD_FACTOR;
    }
}
