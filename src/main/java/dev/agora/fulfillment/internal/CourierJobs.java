package dev.agora.fulfillment.internal;

import static dev.agora.fulfillment.internal.HandoffCore.requireCourier;

import dev.agora.fulfillment.HandoffFailed;
import dev.agora.fulfillment.ItemDelivered;
import dev.agora.fulfillment.ItemPickedUp;
import dev.agora.fulfillment.internal.routing.RoutePlanner;
import dev.agora.fulfillment.internal.routing.Stop;
import dev.agora.identity.Member;
import dev.agora.kernel.images.ImageInspector;
import dev.agora.kernel.images.ImageResizer;
import dev.agora.kernel.images.RejectedImageException;
import dev.agora.kernel.storage.BlobStorage;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderNotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The courier's side: the day's jobs in route order, taking a job, pickup with photos and the condition checklist,
 * delivery with the buyer's handoff code, and a failed attempt (rebooked up to the limit, then refunded).
 */
@Service
public class CourierJobs {

    static final List<String> CHECKLIST = List.of("matches-listing", "no-damage", "complete", "packed");

    private final HandoffCore core;
    private final Tariff tariff;
    private final WindowSlots slots;
    private final BlobStorage blobs;

    CourierJobs(HandoffCore core, Tariff tariff, WindowSlots slots, BlobStorage blobs) {
        this.core = core;
        this.tariff = tariff;
        this.slots = slots;
        this.blobs = blobs;
    }

    /** The courier's jobs of a day in route order (per window, from the zone's centre) followed by open jobs to take. */
    public List<CourierStop> courierList(Member courier, LocalDate day) {
        requireCourier(courier);
        return core.tx.execute(status -> {
            List<CourierJob> mine = core.jobs.findByCourierIdAndJobDayOrderByCreatedAtAsc(courier.id().value(), day);
            List<CourierJob> open = core.jobs.findByJobDayOrderByCreatedAtAsc(day).stream()
                    .filter(j -> j.courierId() == null && j.status() == CourierJob.Status.OPEN).toList();
            List<CourierStop> list = new ArrayList<>(inRouteOrder(mine, courier));
            list.addAll(inRouteOrder(open, courier));
            return list;
        });
    }

    /** Route order of jobs grouped by zone and window (pickups before deliveries within a window). */
    List<CourierStop> inRouteOrder(List<CourierJob> list, @Nullable Member courier) {
        Map<String, List<CourierJob>> groups = list.stream().collect(Collectors.groupingBy(
                j -> j.zone() + "|" + j.windowStart() + "|" + j.kind(), TreeMap::new, Collectors.toList()));
        int windowHours = core.settings.windowHours();
        List<CourierStop> result = new ArrayList<>();
        groups.values().stream().sorted(Comparator.comparing((List<CourierJob> g) -> g.getFirst().windowStart())
                .thenComparing(g -> g.getFirst().kind())).forEach(group -> {
            var zone = tariff.zone(group.getFirst().zone()).orElseThrow();
            Stop depot = new Stop("depot", zone.latitude(), zone.longitude());
            Map<String, CourierJob> byId = group.stream().collect(Collectors.toMap(j -> j.id().toString(), j -> j));
            var route = RoutePlanner.plan(depot, group.stream().map(j -> new Stop(j.id().toString(), j.lat(), j.lon())).toList());
            int sequence = 1;
            for (Stop stop : route.stops()) {
                CourierJob j = byId.get(stop.id());
                result.add(new CourierStop(j.id().toString(), j.orderId().toString(), core.titleOf(j.orderId()),
                        j.kind().name(), j.status().name(), j.zone(), j.day(), j.windowStart(), j.windowStart() + windowHours,
                        sequence++, j.address(), j.lat(), j.lon(),
                        courier != null && courier.id().value().equals(j.courierId()), j.courierId() != null));
            }
        });
        return result;
    }

    public CourierStop job(Member courier, UUID jobId) {
        requireCourier(courier);
        return core.tx.execute(status -> {
            CourierJob job = core.jobs.findById(jobId).orElseThrow(() -> new OrderNotFoundException(jobId.toString()));
            if (job.courierId() != null && !job.courierId().equals(courier.id().value())) {
                throw new NotYourJobException();
            }
            return inRouteOrder(List.of(job), courier).getFirst();
        });
    }

    public void take(Member courier, UUID jobId) {
        requireCourier(courier);
        core.tx.executeWithoutResult(status -> {
            CourierJob job = core.jobs.findById(jobId).orElseThrow(() -> new OrderNotFoundException(jobId.toString()));
            job.take(courier.id());
            core.jobs.saveAndFlush(job);
        });
    }

    /** Pickup with proof: at least one photo and the condition checklist; moves the order to handed over. */
    public void confirmPickup(Member courier, UUID jobId, List<String> checkedItems, @Nullable String note, List<byte[]> photos) {
        requireCourier(courier);
        CourierJob job = ownedOpenJob(courier, jobId, CourierJob.Kind.PICKUP);
        if (photos.isEmpty()) {
            throw InvalidInputException.of("photos", "fulfillment.pickup.photo", "Take at least one photo of the item");
        }
        List<byte[]> jpegs = new ArrayList<>();
        for (byte[] photo : photos) {
            try {
                ImageInspector.inspect(photo);
                jpegs.add(ImageResizer.fitWithinJpeg(photo, 1600));
            } catch (RejectedImageException e) {
                throw InvalidInputException.of("photos", "fulfillment.pickup.photo-invalid", "A photo could not be read");
            }
        }
        OrderId orderId = new OrderId(job.orderId());
        core.orders.transitionAsPlatform(orderId, "picked-up");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < jpegs.size(); i++) {
            String key = "fulfillment/" + orderId + "/" + jobId + "/" + (i + 1) + ".jpg";
            blobs.put(key, jpegs.get(i), "image/jpeg");
            keys.add(key);
        }
        String checklist = CHECKLIST.stream().map(item -> item + "=" + (checkedItems.contains(item) ? "yes" : "no"))
                .collect(Collectors.joining(";")) + (note == null || note.isBlank() ? "" : ";note=" + note.strip());
        core.tx.executeWithoutResult(status -> {
            CourierJob locked = core.jobs.findById(jobId).orElseThrow();
            locked.done(checklist, keys, core.clock.instant());
            Handoff handoff = core.handoffs.lockById(job.orderId()).orElseThrow();
            handoff.pickedUp();
            core.record(orderId, "picked-up", checklist.replace(';', ' '), null);
            core.events.publishEvent(new ItemPickedUp(orderId, handoff.buyerId(), handoff.sellerId(), "COURIER",
                    core.clock.instant()));
        });
    }

    /** Delivery with the buyer's code; a wrong code counts towards the lock and changes nothing else. */
    public void confirmDelivery(Member courier, UUID jobId, String code) {
        requireCourier(courier);
        CourierJob job = ownedOpenJob(courier, jobId, CourierJob.Kind.DELIVERY);
        OrderId orderId = new OrderId(job.orderId());
        if (core.openOrDone(orderId, CourierJob.Kind.PICKUP).filter(p -> p.status() == CourierJob.Status.DONE).isEmpty()) {
            throw InvalidInputException.of("code", "fulfillment.delivery.not-picked-up", "The item has not been picked up yet");
        }
        core.checkCode(orderId, code);
        core.orders.transitionAsPlatform(orderId, "delivered");
        core.tx.executeWithoutResult(status -> {
            core.jobs.findById(jobId).orElseThrow().done(null, List.of(), core.clock.instant());
            Handoff handoff = core.handoffs.lockById(job.orderId()).orElseThrow();
            handoff.delivered();
            core.record(orderId, "delivered", "courier, handoff code", null);
            core.events.publishEvent(new ItemDelivered(orderId, handoff.buyerId(), handoff.sellerId(), "COURIER",
                    core.clock.instant()));
        });
    }

    /** Nobody there, or the item was not as described: rebook (up to the limit) or refund the order. */
    public void fail(Member courier, UUID jobId, String reason) {
        requireCourier(courier);
        CourierJob job = ownedOpenJob(courier, jobId, null);
        String why = reason == null || reason.isBlank() ? "not reached" : reason.strip();
        OrderId orderId = new OrderId(job.orderId());
        Boolean rebook = core.tx.execute(status -> {
            CourierJob locked = core.jobs.findById(jobId).orElseThrow();
            locked.failed(why, core.clock.instant());
            Handoff handoff = core.handoffs.lockById(job.orderId()).orElseThrow();
            boolean pickup = locked.kind() == CourierJob.Kind.PICKUP;
            if (pickup) {
                // the delivery cannot happen in its window either: it is booked again after the new pickup
                core.jobs.findByOrderIdOrderByCreatedAtAsc(job.orderId()).stream()
                        .filter(j -> j.kind() == CourierJob.Kind.DELIVERY && j.status() == CourierJob.Status.OPEN)
                        .forEach(j -> {
                            j.cancel();
                            slots.release(j.zone(), j.day(), j.windowStart());
                        });
            }
            boolean again = handoff.failedAttempt(core.settings.maxReschedules(), pickup);
            core.record(orderId, pickup ? "pickup-failed" : "delivery-failed", why, null);
            core.events.publishEvent(new HandoffFailed(orderId, handoff.buyerId(), handoff.sellerId(), why,
                    locked.attempt(), !again, core.clock.instant()));
            return again;
        });
        if (Boolean.FALSE.equals(rebook)) {
            core.orders.transitionAsPlatform(orderId, "handoff-failed");
        }
    }

    private CourierJob ownedOpenJob(Member courier, UUID jobId, CourierJob.@Nullable Kind kind) {
        CourierJob job = core.jobs.findById(jobId).orElseThrow(() -> new OrderNotFoundException(jobId.toString()));
        job.requireCourier(courier.id());
        if (kind != null && job.kind() != kind) {
            throw InvalidInputException.of("job", "fulfillment.job.kind", "This is a " + job.kind().name().toLowerCase() + " job");
        }
        if (job.status() != CourierJob.Status.OPEN) {
            throw InvalidInputException.of("job", "fulfillment.job.closed", "This job is already " + job.status().name().toLowerCase());
        }
        return job;
    }
}
