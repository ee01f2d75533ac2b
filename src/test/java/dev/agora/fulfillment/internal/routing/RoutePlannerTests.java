package dev.agora.fulfillment.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoutePlannerTests {

    static final Stop DEPOT = new Stop("depot", 52.52, 13.405);

    static List<Stop> seeded(long seed, int count) {
        Random random = new Random(seed);
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            stops.add(new Stop("s" + i, 52.52 + (random.nextDouble() - 0.5) * 0.15, 13.405 + (random.nextDouble() - 0.5) * 0.25));
        }
        return stops;
    }

    @Test
    void theRouteIsNeverLongerThanVisitingJobsInCreationOrderOnSeededInstances() {
        double planned = 0;
        double asCreated = 0;
        for (long seed = 1; seed <= 200; seed++) {
            List<Stop> stops = seeded(seed, 1 + (int) (seed % 30));
            var route = RoutePlanner.plan(DEPOT, stops);
            double creationOrder = RoutePlanner.length(DEPOT, stops);
            assertThat(route.km()).as("seed %d", seed).isLessThanOrEqualTo(creationOrder + 1e-9);
            assertThat(route.stops()).containsExactlyInAnyOrderElementsOf(stops);
            planned += route.km();
            asCreated += creationOrder;
        }
        // and it is much shorter on average, not merely not worse
        assertThat(planned).isLessThan(asCreated * 0.6);
    }

    @Test
    void twoOptRemovesACrossing() {
        // a square visited crosswise: 2-opt must uncross it
        Stop a = new Stop("a", 52.50, 13.40);
        Stop b = new Stop("b", 52.54, 13.46);
        Stop c = new Stop("c", 52.50, 13.46);
        Stop d = new Stop("d", 52.54, 13.40);
        List<Stop> crossing = new ArrayList<>(List.of(a, b, c, d));
        double before = RoutePlanner.length(a, crossing.subList(1, 4));
        List<Stop> tour = new ArrayList<>(crossing.subList(1, 4));
        RoutePlanner.twoOpt(a, tour);
        assertThat(RoutePlanner.length(a, tour)).isLessThan(before);
    }

    @Test
    void emptyAndSingleStopRoutesAreRoundTrips() {
        assertThat(RoutePlanner.plan(DEPOT, List.of()).km()).isZero();
        Stop one = new Stop("one", 52.53, 13.41);
        assertThat(RoutePlanner.plan(DEPOT, List.of(one)).stops()).containsExactly(one);
    }
}
