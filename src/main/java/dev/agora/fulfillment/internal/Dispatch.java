package dev.agora.fulfillment.internal;

import dev.agora.fulfillment.internal.routing.RoutePlanner;
import dev.agora.fulfillment.internal.routing.Stop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatch board: per zone and day, the jobs, how full each window is, the routes (one per window and kind,
 * from the zone's centre, batched by the {@link RoutePlanner}) and what a delivery costs. Cost per delivery = the
 * cost of all routes of the zone's day ÷ its delivery jobs (a pickup is part of what a delivery costs).
 */
@Component
public class Dispatch {

    private final CourierJobRepository jobs;
    private final WindowSlots slots;
    private final Tariff tariff;
    private final FulfillmentSettings settings;
    private final CourierJobs courierJobs;
    private final dev.agora.identity.IdentityManagement identity;

    Dispatch(CourierJobRepository jobs, WindowSlots slots, Tariff tariff, FulfillmentSettings settings, CourierJobs courierJobs,
            dev.agora.identity.IdentityManagement identity) {
        this.identity = identity;
        this.jobs = jobs;
        this.slots = slots;
        this.tariff = tariff;
        this.settings = settings;
        this.courierJobs = courierJobs;
    }

    /**
     * @param couriers the roster (issue 7: for reassigning a job on the board)
     * @param assignees job id → the assigned courier's account id, for jobs someone has
     */
    public record Board(LocalDate day, List<ZoneDay> zones, List<CourierOption> couriers, Map<String, String> assignees) {}

    public record CourierOption(String id, String name) {}

    public record ZoneDay(String zone, int pickups, int deliveries, int done, int failed, List<WindowUse> windows,
            List<RouteLine> routes, long totalCostMinor, long costPerDeliveryMinor, String currency) {}

    public record WindowUse(int startHour, int endHour, int booked, int capacity) {
        public int percent() {
            return capacity == 0 ? 0 : booked * 100 / capacity;
        }
    }

    public record RouteLine(int windowStart, String kind, int stops, double km, long costMinor, List<CourierStop> order) {}

    @Transactional(readOnly = true)
    public Board board(LocalDate day) {
        Map<String, List<CourierJob>> byZone = jobs.findByJobDayOrderByCreatedAtAsc(day).stream()
                .filter(j -> j.status() != CourierJob.Status.CANCELLED)
                .collect(Collectors.groupingBy(CourierJob::zone, TreeMap::new, Collectors.toList()));
        List<ZoneDay> zones = new ArrayList<>();
        for (FulfillmentSettings.Zone zone : tariff.zones()) { // issue 7: the tariff in force
            List<CourierJob> list = byZone.getOrDefault(zone.name(), List.of());
            List<WindowUse> windows = settings.windowStartHours().stream().map(h -> new WindowUse(h,
                    h + settings.windowHours(), slots.booked(zone.name(), day, h), tariff.capacity(zone.name()))).toList();
            List<RouteLine> routes = new ArrayList<>();
            long total = 0;
            var groups = list.stream().collect(Collectors.groupingBy(j -> j.windowStart() + "|" + j.kind(), TreeMap::new,
                    Collectors.toList()));
            for (List<CourierJob> group : groups.values()) {
                Stop depot = new Stop("depot", zone.latitude(), zone.longitude());
                double km = RoutePlanner.plan(depot, group.stream()
                        .map(j -> new Stop(j.id().toString(), j.lat(), j.lon())).toList()).km();
                long cost = RouteCost.of(settings.cost(), km, group.size());
                total += cost;
                routes.add(new RouteLine(group.getFirst().windowStart(), group.getFirst().kind().name(), group.size(),
                        Math.round(km * 10) / 10.0, cost, courierJobs.inRouteOrder(group, null)));
            }
            routes.sort(Comparator.comparingInt(RouteLine::windowStart).thenComparing(RouteLine::kind));
            int deliveries = (int) list.stream().filter(j -> j.kind() == CourierJob.Kind.DELIVERY).count();
            int pickups = list.size() - deliveries;
            long perDelivery = deliveries == 0 ? (list.isEmpty() ? 0 : total / list.size()) : total / deliveries;
            zones.add(new ZoneDay(zone.name(), pickups, deliveries,
                    (int) list.stream().filter(j -> j.status() == CourierJob.Status.DONE).count(),
                    (int) list.stream().filter(j -> j.status() == CourierJob.Status.FAILED).count(),
                    windows, routes, total, perDelivery, zone.currency()));
        }
        List<CourierOption> couriers = identity.accountsWithRole(dev.agora.identity.Role.COURIER).stream()
                .map(c -> new CourierOption(c.toString(), identity.findProfile(c).map(p -> p.displayName()).orElse(c.toString())))
                .toList();
        Map<String, String> assignees = jobs.findByJobDayOrderByCreatedAtAsc(day).stream().filter(j -> j.courierId() != null)
                .collect(Collectors.toMap(j -> j.id().toString(), j -> j.courierId().toString()));
        return new Board(day, zones, couriers, assignees);
    }
}
