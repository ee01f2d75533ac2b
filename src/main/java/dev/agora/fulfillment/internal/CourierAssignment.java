package dev.agora.fulfillment.internal;

import dev.agora.fulfillment.CourierDispatch;
import dev.agora.fulfillment.internal.routing.RoutePlanner;
import dev.agora.fulfillment.internal.routing.Stop;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.Role;
import dev.agora.kernel.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Automatic assignment of a day's courier jobs, by one simple rule:
 * <ol>
 *   <li>per zone and window (earliest first; pickups, then deliveries), the open jobs nobody has are put in route
 *   order from the zone's centre ({@link RoutePlanner}) and cut into routes of at most {@code maxStops} stops;</li>
 *   <li>each route goes whole to the courier with the fewest jobs that day so far (ties: fewest jobs in that window,
 *   then roster order, oldest account first).</li>
 * </ol>
 * So a batch stays on one courier (what the batching discount promises) and the day's load evens out. Couriers still
 * take open jobs themselves; an operator may give a job to another courier on the dispatch board.
 */
@Service
public class CourierAssignment implements CourierDispatch {

    /** Stops per route before the next route (and courier) starts: about what one courier does in a 4-hour window. */
    static final int MAX_STOPS = 8;

    private final CourierJobRepository jobs;
    private final Tariff tariff;
    private final IdentityManagement identity;

    CourierAssignment(CourierJobRepository jobs, Tariff tariff, IdentityManagement identity) {
        this.jobs = jobs;
        this.tariff = tariff;
        this.identity = identity;
    }

    @Override
    @Transactional
    public int autoAssign(LocalDate day) {
        return assign(day, MAX_STOPS, identity.accountsWithRole(Role.COURIER));
    }

    /** The rule above for a given roster and route length (the tests choose both). */
    @Transactional
    int assign(LocalDate day, int maxStops, List<AccountId> roster) {
        if (roster.isEmpty()) {
            return 0;
        }
        List<CourierJob> all = jobs.findByJobDayOrderByCreatedAtAsc(day);
        Map<UUID, Integer> load = new HashMap<>();
        Map<String, Integer> windowLoad = new HashMap<>();
        roster.forEach(c -> load.put(c.value(), 0));
        for (CourierJob j : all) {
            if (j.courierId() != null && j.status() != CourierJob.Status.CANCELLED && load.containsKey(j.courierId())) {
                load.merge(j.courierId(), 1, Integer::sum);
                windowLoad.merge(j.courierId() + "|" + j.windowStart(), 1, Integer::sum);
            }
        }
        Map<String, List<CourierJob>> groups = all.stream()
                .filter(j -> j.courierId() == null && j.status() == CourierJob.Status.OPEN)
                .collect(Collectors.groupingBy(j -> j.zone() + "|" + j.windowStart() + "|" + j.kind(), TreeMap::new,
                        Collectors.toList()));
        int assigned = 0;
        for (List<CourierJob> group : groups.values().stream().sorted(Comparator
                .comparingInt((List<CourierJob> g) -> g.getFirst().windowStart()).thenComparing(g -> g.getFirst().kind())
                .thenComparing(g -> g.getFirst().zone())).toList()) {
            List<CourierJob> ordered = inRouteOrder(group);
            for (int from = 0; from < ordered.size(); from += maxStops) {
                List<CourierJob> route = ordered.subList(from, Math.min(ordered.size(), from + maxStops));
                int window = route.getFirst().windowStart();
                AccountId courier = roster.stream().min(Comparator.comparingInt((AccountId c) -> load.get(c.value()))
                        .thenComparingInt(c -> windowLoad.getOrDefault(c.value() + "|" + window, 0))).orElseThrow();
                for (CourierJob job : route) {
                    job.assignTo(courier);
                }
                load.merge(courier.value(), route.size(), Integer::sum);
                windowLoad.merge(courier.value() + "|" + window, route.size(), Integer::sum);
                assigned += route.size();
            }
        }
        return assigned;
    }

    @Override
    @Transactional
    public void reassign(UUID jobId, @Nullable AccountId courier) {
        CourierJob job = jobs.findById(jobId).orElseThrow(() -> InvalidInputException.of("job", "fulfillment.job.unknown",
                "No such courier job"));
        if (courier != null && !identity.accountsWithRole(Role.COURIER).contains(courier)) {
            throw InvalidInputException.of("courier", "fulfillment.job.not-courier", "Choose one of the couriers");
        }
        job.assignTo(courier);
    }

    private List<CourierJob> inRouteOrder(List<CourierJob> group) {
        var zone = tariff.zone(group.getFirst().zone()).orElse(null);
        if (zone == null) {
            return group;
        }
        Map<String, CourierJob> byId = group.stream().collect(Collectors.toMap(j -> j.id().toString(), j -> j));
        return RoutePlanner.plan(new Stop("depot", zone.latitude(), zone.longitude()),
                group.stream().map(j -> new Stop(j.id().toString(), j.lat(), j.lon())).toList())
                .stops().stream().map(s -> byId.get(s.id())).toList();
    }
}
