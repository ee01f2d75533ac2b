package dev.agora.fulfillment.internal.routing;

import dev.agora.fulfillment.internal.Geo;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders a courier's stops: nearest neighbour from the depot, then 2-opt (reverse any segment that shortens the
 * tour) until no reversal helps. A round trip from and back to the depot; distances are road km (see {@link Geo}).
 * Not optimal, but never worse than the nearest-neighbour tour, which the 2-opt pass only improves, and in
 * practice close to optimal for the tens of stops of a courier's window. A final check keeps the creation order
 * if, against expectation, it is shorter, so the plan is never worse than visiting jobs as they were created.
 */
public final class RoutePlanner {

    private RoutePlanner() {}

    public record Route(List<Stop> stops, double km) {}

    public static Route plan(Stop depot, List<Stop> stops) {
        List<Stop> tour = nearestNeighbour(depot, stops);
        twoOpt(depot, tour);
        double planned = length(depot, tour);
        double asCreated = length(depot, stops);
        return asCreated < planned ? new Route(List.copyOf(stops), asCreated) : new Route(List.copyOf(tour), planned);
    }

    /** Length of the round trip depot → stops in this order → depot. */
    public static double length(Stop depot, List<Stop> stops) {
        double km = 0;
        Stop at = depot;
        for (Stop stop : stops) {
            km += distance(at, stop);
            at = stop;
        }
        return km + distance(at, depot);
    }

    static List<Stop> nearestNeighbour(Stop depot, List<Stop> stops) {
        List<Stop> left = new ArrayList<>(stops);
        List<Stop> tour = new ArrayList<>(stops.size());
        Stop at = depot;
        while (!left.isEmpty()) {
            int best = 0;
            for (int i = 1; i < left.size(); i++) {
                if (distance(at, left.get(i)) < distance(at, left.get(best))) {
                    best = i;
                }
            }
            at = left.remove(best);
            tour.add(at);
        }
        return tour;
    }

    static void twoOpt(Stop depot, List<Stop> tour) {
        int n = tour.size();
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < n - 1; i++) {
                for (int j = i + 1; j < n; j++) {
                    Stop before = i == 0 ? depot : tour.get(i - 1);
                    Stop after = j == n - 1 ? depot : tour.get(j + 1);
                    double delta = distance(before, tour.get(j)) + distance(tour.get(i), after)
                            - distance(before, tour.get(i)) - distance(tour.get(j), after);
                    if (delta < -1e-9) {
                        java.util.Collections.reverse(tour.subList(i, j + 1));
                        improved = true;
                    }
                }
            }
        }
    }

    private static double distance(Stop a, Stop b) {
        return Geo.roadKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }
}
