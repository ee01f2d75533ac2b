package dev.agora.fulfillment.internal;

import dev.agora.fulfillment.internal.routing.RoutePlanner;
import dev.agora.fulfillment.internal.routing.Stop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How cost per delivery falls as volume per zone rises (seeded, so every run prints the same figures).
 *
 * <p>Model: one zone of radius {@link #RADIUS_KM} km around a depot; each day {@code volume} orders with a pickup
 * and a drop-off point uniform in the zone, spread over the {@link #WINDOWS} windows of the day. Per window the
 * courier drives one pickup route and one delivery route (hub and spoke, batched by the {@link RoutePlanner});
 * a route holds at most {@link #STOPS_PER_ROUTE} stops, more stops are split into sectors around the depot. The
 * baseline sends one trip per order (depot → seller → buyer → depot). Costs: {@link FulfillmentSettings.Cost}
 * (fixed per route, per km, per stop), the defaults of {@code agora.fulfillment.cost}.
 *
 * <p>Run: {@code java -cp target/classes:... dev.agora.fulfillment.internal.CourierSimulation [seed] [file]} or
 * through {@code CourierSimulationTests}, which writes {@code bench/results/fulfillment.md}.
 */
public final class CourierSimulation {

    public static final double RADIUS_KM = 8;
    public static final int WINDOWS = 3;
    public static final int STOPS_PER_ROUTE = 15;
    public static final int DAYS = 30;
    public static final List<Integer> VOLUMES = List.of(1, 2, 5, 10, 20, 40, 80, 160);
    public static final FulfillmentSettings.Cost COST = new FulfillmentSettings.Cost(35, 150, 1500);
    private static final Stop DEPOT = new Stop("depot", 52.5200, 13.4050);

    private CourierSimulation() {}

    public record Row(int volume, double routesPerDay, double kmPerDelivery, double batchedCost, double unbatchedCost) {

        public double saving() {
            return 1 - batchedCost / unbatchedCost;
        }
    }

    public static List<Row> run(long seed) {
        List<Row> rows = new ArrayList<>();
        for (int volume : VOLUMES) {
            Random random = new Random(seed + volume);
            long batched = 0;
            long unbatched = 0;
            double km = 0;
            int routes = 0;
            for (int day = 0; day < DAYS; day++) {
                List<List<Stop>> pickups = new ArrayList<>();
                List<List<Stop>> drops = new ArrayList<>();
                for (int w = 0; w < WINDOWS; w++) {
                    pickups.add(new ArrayList<>());
                    drops.add(new ArrayList<>());
                }
                for (int i = 0; i < volume; i++) {
                    Stop from = randomPoint(random, "p" + i);
                    Stop to = randomPoint(random, "d" + i);
                    int window = random.nextInt(WINDOWS);
                    pickups.get(window).add(from);
                    drops.get(window).add(to);
                    double trip = leg(DEPOT, from) + leg(from, to) + leg(to, DEPOT);
                    unbatched += RouteCost.of(COST, trip, 2);
                }
                for (int w = 0; w < WINDOWS; w++) {
                    for (List<Stop> group : List.of(pickups.get(w), drops.get(w))) {
                        for (List<Stop> sector : sectors(group)) {
                            double routeKm = RoutePlanner.plan(DEPOT, sector).km();
                            km += routeKm;
                            routes++;
                            batched += RouteCost.of(COST, routeKm, sector.size());
                        }
                    }
                }
            }
            double deliveries = (double) volume * DAYS;
            rows.add(new Row(volume, routes / (double) DAYS, km / deliveries, batched / deliveries / 100.0,
                    unbatched / deliveries / 100.0));
        }
        return rows;
    }

    /** Splits a window's stops into routes of at most {@link #STOPS_PER_ROUTE} by angle around the depot (a sweep). */
    static List<List<Stop>> sectors(List<Stop> stops) {
        if (stops.isEmpty()) {
            return List.of();
        }
        List<Stop> byAngle = new ArrayList<>(stops);
        byAngle.sort(Comparator.comparingDouble(s -> Math.atan2(s.latitude() - DEPOT.latitude(), s.longitude() - DEPOT.longitude())));
        List<List<Stop>> sectors = new ArrayList<>();
        int count = (stops.size() + STOPS_PER_ROUTE - 1) / STOPS_PER_ROUTE;
        int size = (stops.size() + count - 1) / count;
        for (int i = 0; i < byAngle.size(); i += size) {
            sectors.add(byAngle.subList(i, Math.min(byAngle.size(), i + size)));
        }
        return sectors;
    }

    static Stop randomPoint(Random random, String id) {
        double r = RADIUS_KM * Math.sqrt(random.nextDouble());
        double angle = random.nextDouble() * 2 * Math.PI;
        double lat = DEPOT.latitude() + r * Math.cos(angle) / 111.0;
        double lon = DEPOT.longitude() + r * Math.sin(angle) / (111.0 * Math.cos(Math.toRadians(DEPOT.latitude())));
        return new Stop(id, lat, lon);
    }

    private static double leg(Stop a, Stop b) {
        return Geo.roadKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    public static String markdown(long seed, List<Row> rows) {
        StringBuilder md = new StringBuilder();
        md.append("# Fulfillment: courier cost per delivery by volume\n\n");
        md.append(String.format(Locale.ROOT, "Seeded simulation (`CourierSimulation`, seed %d, %d days per volume). One zone of "
                + "radius %.0f km, pickup and drop-off uniform in the zone, %d windows a day, one pickup and one delivery "
                + "route per window (nearest neighbour + 2-opt, at most %d stops per route, split by sector). Cost model: "
                + "€%.2f per route, €%.2f per km, €%.2f per stop; road km = 1.3 × straight line. Baseline: one trip per "
                + "order (depot → seller → buyer → depot).%n%n", seed, DAYS, RADIUS_KM, WINDOWS, STOPS_PER_ROUTE,
                COST.perRouteMinor() / 100.0, COST.perKmMinor() / 100.0, COST.perStopMinor() / 100.0));
        md.append("| deliveries per zone per day | routes per day | km per delivery | cost per delivery (batched) "
                + "| cost per delivery (one trip per order) | saving |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append(String.format(Locale.ROOT, "| %d | %.1f | %.2f | €%.2f | €%.2f | %.0f%% |%n", row.volume(),
                    row.routesPerDay(), row.kmPerDelivery(), row.batchedCost(), row.unbatchedCost(), row.saving() * 100));
        }
        md.append("\nRegenerate: `./mvnw -o test -Dtest=CourierSimulationTests` (writes this file).\n");
        return md.toString();
    }

    public static void main(String[] args) throws IOException {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 7;
        String md = markdown(seed, run(seed));
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), md);
        }
        System.out.print(md);
    }
}
