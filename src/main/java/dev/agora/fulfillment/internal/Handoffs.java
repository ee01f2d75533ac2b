package dev.agora.fulfillment.internal;

import dev.agora.fulfillment.HandoffFailed;
import dev.agora.fulfillment.HandoffScheduled;
import dev.agora.fulfillment.ItemDelivered;
import dev.agora.fulfillment.ItemPickedUp;
import dev.agora.identity.Member;
import dev.agora.identity.Role;
import dev.agora.kernel.images.ImageInspector;
import dev.agora.kernel.images.ImageResizer;
import dev.agora.kernel.images.RejectedImageException;
import dev.agora.kernel.storage.BlobStorage;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingManagement;
import dev.agora.orders.DeliveryMethod;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderNotFoundException;
import dev.agora.orders.OrderView;
import dev.agora.fulfillment.internal.routing.RoutePlanner;
import dev.agora.fulfillment.internal.routing.Stop;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every handoff step. Local changes commit in their own transaction; the order's platform transition
 * ({@code picked-up}, {@code shipped}, {@code met}, {@code delivered}, {@code handoff-failed}) is asked for outside
 * it, because orders runs payment steps outside transactions. Where the order must agree first (a pickup of an
 * order that was refunded meanwhile), the order moves first and the local record follows.
 */
@Service
public class Handoffs {

    static final List<String> CHECKLIST = List.of("matches-listing", "no-damage", "complete", "packed");

    private final HandoffRepository handoffs;
    private final CourierJobRepository jobs;
    private final TrackingEventRepository tracking;
    private final WindowSlots slots;
    private final Tariff tariff;
    private final CourierQuotes quotes;
    private final FulfillmentSettings settings;
    private final OrderManagement orders;
    private final ListingManagement listings;
    private final BlobStorage blobs;
    private final SandboxCarrier sandbox;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final TransactionTemplate ownTx;
    private final Clock clock;

    Handoffs(HandoffRepository handoffs, CourierJobRepository jobs, TrackingEventRepository tracking, WindowSlots slots,
            Tariff tariff, CourierQuotes quotes, FulfillmentSettings settings, OrderManagement orders,
            ListingManagement listings, BlobStorage blobs, SandboxCarrier sandbox, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.handoffs = handoffs;
        this.jobs = jobs;
        this.tracking = tracking;
        this.slots = slots;
        this.tariff = tariff;
        this.quotes = quotes;
        this.settings = settings;
        this.orders = orders;
        this.listings = listings;
        this.blobs = blobs;
        this.sandbox = sandbox;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        // opening a handoff may race with itself (listener and page); its own transaction keeps a lost race local
        this.ownTx = new TransactionTemplate(transactions);
        this.ownTx.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    // ---- start and end -------------------------------------------------------------------------------------------

    /** An order was paid: open its handoff (once; a repeated event finds it there). */
    void start(OrderId id) {
        OrderView order = orders.get(id);
        DeliveryMethod method = order.delivery().method();
        if (!method.provenByPlatform()) {
            return;
        }
        try {
            ownTx.executeWithoutResult(status -> {
            if (handoffs.existsById(id.value())) {
                return;
            }
            String code = method == DeliveryMethod.COURIER || method == DeliveryMethod.MEETUP ? HandoffCodes.next() : null;
            Handoff handoff = new Handoff(id, method, order.buyerId(), order.sellerId(), code, clock.instant());
            if (method == DeliveryMethod.COURIER) {
                var listing = listings.find(order.listingId()).orElseThrow();
                var trip = quotes.courierTrip(listing, order.delivery());
                handoff.route(trip.zone().name(), trip.fromLat(), trip.fromLon(),
                        listing.location().postalCode() + " " + listing.location().city(), trip.toLat(), trip.toLon(),
                        address(order));
            }
            handoffs.saveAndFlush(handoff);
            record(id, "opened", method.name().toLowerCase(), null);
            });
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            // the listener and a page opened it at the same time: one of them won, which is all that matters
        }
    }

    /** The order ended another way (refund, ship-by expiry, cancellation): open jobs are cancelled, slots freed. */
    void orderEnded(OrderId id, String state) {
        tx.executeWithoutResult(status -> handoffs.lockById(id.value()).ifPresent(handoff -> {
            boolean cancelledAny = false;
            for (CourierJob job : jobs.findByOrderIdOrderByCreatedAtAsc(id.value())) {
                if (job.status() == CourierJob.Status.OPEN) {
                    job.cancel();
                    slots.release(job.zone(), job.day(), job.windowStart());
                    cancelledAny = true;
                }
            }
            if (handoff.status() != Handoff.Status.CLOSED && handoff.status() != Handoff.Status.DELIVERED) {
                handoff.closed();
                record(id, "closed", state + (cancelledAny ? ", jobs cancelled" : ""), "closed:" + state);
            }
        }));
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    public HandoffView view(Member me, OrderId id) {
        OrderView order = visibleOrder(me, id);
        if (!handoffs.existsById(id.value()) && order.delivery().method().provenByPlatform() && order.state().equals("paid")) {
            start(id); // the OrderPaid listener may not have run yet; starting is idempotent
        }
        return tx.execute(status -> {
            Handoff handoff = handoffs.findById(id.value()).orElseThrow(() -> new OrderNotFoundException(id.toString()));
            String viewer = order.buyerId().equals(me.id()) ? "BUYER" : order.sellerId().equals(me.id()) ? "SELLER" : "STAFF";
            List<HandoffView.Job> jobViews = jobs.findByOrderIdOrderByCreatedAtAsc(id.value()).stream()
                    .map(j -> new HandoffView.Job(j.id().toString(), j.kind().name(), j.status().name(), j.day(),
                            j.windowStart(), j.windowStart() + settings.windowHours(), j.address(), j.courierId() != null,
                            j.checklist(), j.photoKeys().size(), j.note()))
                    .toList();
            List<HandoffView.Entry> timeline = tracking.findByOrderIdOrderByOccurredAtAsc(id.value()).stream()
                    .map(e -> new HandoffView.Entry(e.kind(), e.detail(), e.occurredAt())).toList();
            return new HandoffView(id.toString(), order.listingTitle(), order.state(), handoff.method(),
                    handoff.status().name(), viewer, viewer.equals("BUYER") ? handoff.handoffCode() : null,
                    handoff.codeLocked(), handoff.wrongTries(), handoff.carrier(), handoff.trackingNumber(), handoff.zone(),
                    handoff.distanceMetres() / 1000.0, handoff.reschedules(), jobViews, timeline);
        });
    }

    /** The windows of the coming week in the order's zone with places left (pickup: from now; delivery: after pickup). */
    public List<Window> pickupWindows(OrderId id) {
        return windows(id, CourierJob.Kind.PICKUP);
    }

    public List<Window> deliveryWindows(OrderId id) {
        return windows(id, CourierJob.Kind.DELIVERY);
    }

    List<Window> windows(OrderId id, CourierJob.Kind kind) {
        Handoff handoff = handoffs.findById(id.value()).orElseThrow(() -> new OrderNotFoundException(id.toString()));
        if (handoff.zone() == null) {
            return List.of();
        }
        Instant earliest = clock.instant();
        if (kind == CourierJob.Kind.DELIVERY) {
            Optional<CourierJob> pickup = openOrDone(id, CourierJob.Kind.PICKUP);
            if (pickup.isEmpty()) {
                return List.of();
            }
            earliest = windowStart(pickup.get().day(), pickup.get().windowStart()).plusSeconds(settings.windowHours() * 3600L - 1);
        }
        List<Window> windows = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int d = 0; d < 8; d++) {
            LocalDate day = today.plusDays(d);
            for (int hour : settings.windowStartHours()) {
                if (windowStart(day, hour).isAfter(earliest)) {
                    int left = settings.windowCapacity() - slots.booked(handoff.zone(), day, hour);
                    windows.add(new Window(day, hour, hour + settings.windowHours(), Math.max(0, left)));
                }
            }
        }
        return windows;
    }

    public List<TrackingEntry> trackingOf(OrderId id) {
        return tracking.findByOrderIdOrderByOccurredAtAsc(id.value()).stream()
                .map(e -> new TrackingEntry(e.kind(), e.detail(), e.occurredAt())).toList();
    }

    public record TrackingEntry(String kind, @Nullable String detail, Instant at) {}

    // ---- courier windows -----------------------------------------------------------------------------------------

    public HandoffView bookPickup(Member me, OrderId id, String window) {
        OrderView order = visibleOrder(me, id);
        if (!order.sellerId().equals(me.id())) {
            throw InvalidInputException.of("window", "fulfillment.window.seller", "The seller books the pickup window");
        }
        requireOrderState(order, "paid");
        book(id, CourierJob.Kind.PICKUP, window);
        return view(me, id);
    }

    public HandoffView bookDelivery(Member me, OrderId id, String window) {
        OrderView order = visibleOrder(me, id);
        if (!order.buyerId().equals(me.id())) {
            throw InvalidInputException.of("window", "fulfillment.window.buyer", "The buyer books the delivery window");
        }
        book(id, CourierJob.Kind.DELIVERY, window);
        return view(me, id);
    }

    private void book(OrderId id, CourierJob.Kind kind, String window) {
        LocalDate day;
        int hour;
        try {
            String[] parts = window.split("T");
            day = LocalDate.parse(parts[0]);
            hour = Integer.parseInt(parts[1]);
        } catch (RuntimeException e) {
            throw InvalidInputException.of("window", "fulfillment.window.invalid", "Choose a window");
        }
        if (!settings.windowStartHours().contains(hour)) {
            throw InvalidInputException.of("window", "fulfillment.window.invalid", "Choose one of the offered windows");
        }
        Instant start = windowStart(day, hour);
        if (!start.isAfter(clock.instant())) {
            throw InvalidInputException.of("window", "fulfillment.window.past", "This window has already started");
        }
        var published = tx.execute(status -> {
            Handoff handoff = handoffs.lockById(id.value()).orElseThrow(() -> new OrderNotFoundException(id.toString()));
            if (handoff.method() != DeliveryMethod.COURIER) {
                throw InvalidInputException.of("window", "fulfillment.window.not-courier", "This order is not delivered by courier");
            }
            double lat;
            double lon;
            String address;
            if (kind == CourierJob.Kind.PICKUP) {
                handoff.pickupBooked();
                lat = handoff.pickupLat();
                lon = handoff.pickupLon();
                address = handoff.pickupAddress();
            } else {
                CourierJob pickup = openOrDone(id, CourierJob.Kind.PICKUP).orElseThrow(() -> InvalidInputException.of(
                        "window", "fulfillment.window.pickup-first", "The pickup window is booked first"));
                if (start.isBefore(windowStart(pickup.day(), pickup.windowStart()).plusSeconds(settings.windowHours() * 3600L))) {
                    throw InvalidInputException.of("window", "fulfillment.window.before-pickup",
                            "The delivery window must come after the pickup window");
                }
                handoff.deliveryBooked();
                lat = handoff.dropLat();
                lon = handoff.dropLon();
                address = handoff.dropAddress();
            }
            if (!slots.book(handoff.zone(), day, hour, settings.windowCapacity())) {
                throw InvalidInputException.of("window", "fulfillment.window.full", "This window is full; choose another");
            }
            int attempt = handoff.reschedules() + 1;
            jobs.save(new CourierJob(id.value(), kind, handoff.zone(), day, hour, lat, lon, address, attempt, clock.instant()));
            record(id, kind == CourierJob.Kind.PICKUP ? "pickup-booked" : "delivery-booked",
                    day + " " + hour + ":00–" + (hour + settings.windowHours()) + ":00", null);
            var event = new HandoffScheduled(id, handoff.buyerId(), handoff.sellerId(), kind.name(), day, hour, clock.instant());
            events.publishEvent(event);
            return event;
        });
    }

    // ---- courier jobs --------------------------------------------------------------------------------------------

    /** The courier's jobs of a day in route order (per window, from the zone's centre) followed by open jobs to take. */
    public List<CourierStop> courierList(Member courier, LocalDate day) {
        requireCourier(courier);
        return tx.execute(status -> {
            List<CourierJob> mine = jobs.findByCourierIdAndJobDayOrderByCreatedAtAsc(courier.id().value(), day);
            List<CourierJob> open = jobs.findByJobDayOrderByCreatedAtAsc(day).stream()
                    .filter(j -> j.courierId() == null && j.status() == CourierJob.Status.OPEN).toList();
            List<CourierStop> list = new ArrayList<>(inRouteOrder(mine, courier));
            list.addAll(inRouteOrder(open, courier));
            return list;
        });
    }

    /** Route order of jobs grouped by zone and window (pickups before deliveries within a window). */
    List<CourierStop> inRouteOrder(List<CourierJob> list, @Nullable Member courier) {
        Map<String, List<CourierJob>> groups = list.stream().collect(Collectors.groupingBy(
                j -> j.zone() + "|" + j.windowStart() + "|" + j.kind(), java.util.TreeMap::new, Collectors.toList()));
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
                result.add(new CourierStop(j.id().toString(), j.orderId().toString(), titleOf(j.orderId()), j.kind().name(),
                        j.status().name(), j.zone(), j.day(), j.windowStart(), j.windowStart() + settings.windowHours(),
                        sequence++, j.address(), j.lat(), j.lon(),
                        courier != null && courier.id().value().equals(j.courierId()), j.courierId() != null));
            }
        });
        return result;
    }

    public CourierStop job(Member courier, UUID jobId) {
        requireCourier(courier);
        return tx.execute(status -> {
            CourierJob job = jobs.findById(jobId).orElseThrow(() -> new OrderNotFoundException(jobId.toString()));
            if (job.courierId() != null && !job.courierId().equals(courier.id().value())) {
                throw new NotYourJobException();
            }
            return inRouteOrder(List.of(job), courier).getFirst();
        });
    }

    public void take(Member courier, UUID jobId) {
        requireCourier(courier);
        tx.executeWithoutResult(status -> {
            CourierJob job = jobs.findById(jobId).orElseThrow(() -> new OrderNotFoundException(jobId.toString()));
            job.take(courier.id());
            jobs.saveAndFlush(job);
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
        orders.transitionAsPlatform(orderId, "picked-up");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < jpegs.size(); i++) {
            String key = "fulfillment/" + orderId + "/" + jobId + "/" + (i + 1) + ".jpg";
            blobs.put(key, jpegs.get(i), "image/jpeg");
            keys.add(key);
        }
        String checklist = CHECKLIST.stream().map(item -> item + "=" + (checkedItems.contains(item) ? "yes" : "no"))
                .collect(Collectors.joining(";")) + (note == null || note.isBlank() ? "" : ";note=" + note.strip());
        tx.executeWithoutResult(status -> {
            CourierJob locked = jobs.findById(jobId).orElseThrow();
            locked.done(checklist, keys, clock.instant());
            Handoff handoff = handoffs.lockById(job.orderId()).orElseThrow();
            handoff.pickedUp();
            record(orderId, "picked-up", checklist.replace(';', ' '), null);
            events.publishEvent(new ItemPickedUp(orderId, handoff.buyerId(), handoff.sellerId(), "COURIER", clock.instant()));
        });
    }

    /** Delivery with the buyer's code; a wrong code counts towards the lock and changes nothing else. */
    public void confirmDelivery(Member courier, UUID jobId, String code) {
        requireCourier(courier);
        CourierJob job = ownedOpenJob(courier, jobId, CourierJob.Kind.DELIVERY);
        if (openOrDone(new OrderId(job.orderId()), CourierJob.Kind.PICKUP).filter(p -> p.status() == CourierJob.Status.DONE).isEmpty()) {
            throw InvalidInputException.of("code", "fulfillment.delivery.not-picked-up", "The item has not been picked up yet");
        }
        checkCode(new OrderId(job.orderId()), code);
        OrderId orderId = new OrderId(job.orderId());
        orders.transitionAsPlatform(orderId, "delivered");
        tx.executeWithoutResult(status -> {
            jobs.findById(jobId).orElseThrow().done(null, List.of(), clock.instant());
            Handoff handoff = handoffs.lockById(job.orderId()).orElseThrow();
            handoff.delivered();
            record(orderId, "delivered", "courier, handoff code", null);
            events.publishEvent(new ItemDelivered(orderId, handoff.buyerId(), handoff.sellerId(), "COURIER", clock.instant()));
        });
    }

    /** Nobody there, or the item was not as described: rebook (up to the limit) or refund the order. */
    public void fail(Member courier, UUID jobId, String reason) {
        requireCourier(courier);
        CourierJob job = ownedOpenJob(courier, jobId, null);
        String why = reason == null || reason.isBlank() ? "not reached" : reason.strip();
        OrderId orderId = new OrderId(job.orderId());
        Boolean rebook = tx.execute(status -> {
            CourierJob locked = jobs.findById(jobId).orElseThrow();
            locked.failed(why, clock.instant());
            Handoff handoff = handoffs.lockById(job.orderId()).orElseThrow();
            boolean pickup = locked.kind() == CourierJob.Kind.PICKUP;
            if (pickup) {
                // the delivery cannot happen in its window either: it is booked again after the new pickup
                jobs.findByOrderIdOrderByCreatedAtAsc(job.orderId()).stream()
                        .filter(j -> j.kind() == CourierJob.Kind.DELIVERY && j.status() == CourierJob.Status.OPEN)
                        .forEach(j -> {
                            j.cancel();
                            slots.release(j.zone(), j.day(), j.windowStart());
                        });
            }
            boolean again = handoff.failedAttempt(settings.maxReschedules(), pickup);
            record(orderId, pickup ? "pickup-failed" : "delivery-failed", why, null);
            events.publishEvent(new HandoffFailed(orderId, handoff.buyerId(), handoff.sellerId(), why, locked.attempt(),
                    !again, clock.instant()));
            return again;
        });
        if (Boolean.FALSE.equals(rebook)) {
            orders.transitionAsPlatform(orderId, "handoff-failed");
        }
    }

    // ---- meetup and shipping -------------------------------------------------------------------------------------

    /** The seller enters the buyer's code at the meetup: proves the handoff and the delivery at once. */
    public HandoffView meetupCode(Member me, OrderId id, String code) {
        OrderView order = visibleOrder(me, id);
        if (!order.sellerId().equals(me.id())) {
            throw InvalidInputException.of("code", "fulfillment.code.seller", "The seller enters the buyer's code");
        }
        Handoff handoff = handoffs.findById(id.value()).orElseThrow(() -> new OrderNotFoundException(id.toString()));
        if (handoff.method() != DeliveryMethod.MEETUP) {
            throw InvalidInputException.of("code", "fulfillment.code.not-meetup", "This order is not handed over at a meetup");
        }
        requireOrderState(order, "paid");
        checkCode(id, code);
        orders.transitionAsPlatform(id, "met");
        orders.transitionAsPlatform(id, "delivered");
        tx.executeWithoutResult(status -> {
            Handoff locked = handoffs.lockById(id.value()).orElseThrow();
            locked.delivered();
            record(id, "met", "handoff code", null);
            events.publishEvent(new ItemPickedUp(id, locked.buyerId(), locked.sellerId(), "MEETUP", clock.instant()));
            events.publishEvent(new ItemDelivered(id, locked.buyerId(), locked.sellerId(), "MEETUP", clock.instant()));
        });
        return view(me, id);
    }

    public HandoffView ship(Member me, OrderId id, String carrierName, String trackingNumber) {
        OrderView order = visibleOrder(me, id);
        if (!order.sellerId().equals(me.id())) {
            throw InvalidInputException.of("trackingNumber", "fulfillment.ship.seller", "The seller enters the shipment");
        }
        Carrier carrier = Carrier.of(carrierName);
        String tracking = carrier.checked(trackingNumber);
        Handoff handoff = handoffs.findById(id.value()).orElseThrow(() -> new OrderNotFoundException(id.toString()));
        if (handoff.method() != DeliveryMethod.SHIPPING) {
            throw InvalidInputException.of("carrier", "fulfillment.ship.not-shipping", "This order is not shipped");
        }
        requireOrderState(order, "paid");
        if (handoff.status() != Handoff.Status.AWAITING_SHIPMENT) {
            throw InvalidInputException.of("trackingNumber", "fulfillment.ship.twice", "The shipment is already registered");
        }
        orders.transitionAsPlatform(id, "shipped");
        tx.executeWithoutResult(status -> {
            Handoff locked = handoffs.lockById(id.value()).orElseThrow();
            locked.shipped(carrier.code(), tracking);
            record(id, "shipped", carrier.name() + " " + tracking, null);
            events.publishEvent(new ItemPickedUp(id, locked.buyerId(), locked.sellerId(), "SHIPPING", clock.instant()));
            if (carrier == Carrier.SANDBOX) {
                sandbox.follow(id, tracking);
            }
        });
        return view(me, id);
    }

    /** A verified carrier event: recorded once per carrier event id; a delivery event moves the order to delivered. */
    public boolean carrierEvent(Carrier carrier, String trackingNumber, String eventId, String statusName,
            @Nullable String detail) {
        CarrierStatus status = CarrierStatus.of(statusName);
        Optional<Handoff> found = handoffs.findByCarrierAndTrackingNumber(carrier.code(), trackingNumber.strip().toUpperCase());
        if (found.isEmpty()) {
            throw InvalidInputException.of("trackingNumber", "fulfillment.tracking.unknown", "No shipment with this tracking number");
        }
        OrderId id = found.get().orderId();
        Boolean fresh = tx.execute(s -> {
            if (tracking.existsByOrderIdAndExternalId(id.value(), eventId)) {
                return false;
            }
            record(id, "carrier-" + status.name().toLowerCase().replace('_', '-'), detail, eventId);
            return true;
        });
        if (Boolean.TRUE.equals(fresh) && status == CarrierStatus.DELIVERED) {
            String state = orders.get(id).state();
            if (state.equals("handed_over") || state.equals("operator_review")) {
                orders.transitionAsPlatform(id, "delivered");
                tx.executeWithoutResult(s -> {
                    Handoff locked = handoffs.lockById(id.value()).orElseThrow();
                    locked.delivered();
                    events.publishEvent(new ItemDelivered(id, locked.buyerId(), locked.sellerId(), "SHIPPING", clock.instant()));
                });
            }
        }
        return Boolean.TRUE.equals(fresh);
    }

    /** Carrier statuses the webhook understands. */
    enum CarrierStatus {
        IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, EXCEPTION;

        static CarrierStatus of(String value) {
            try {
                return valueOf(String.valueOf(value).strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("status", "fulfillment.carrier.status", "Unknown carrier status " + value);
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** Checks a code in its own transaction, so wrong tries count even though the call then fails. */
    private void checkCode(OrderId id, String code) {
        Boolean matched = tx.execute(status -> {
            Handoff handoff = handoffs.lockById(id.value()).orElseThrow();
            boolean wasLocked = handoff.codeLocked();
            boolean ok = handoff.checkCode(code == null ? "" : code, settings.codeTries());
            if (!ok && !wasLocked && handoff.codeLocked()) {
                record(id, "code-locked", handoff.wrongTries() + " wrong codes", null);
                events.publishEvent(new HandoffFailed(id, handoff.buyerId(), handoff.sellerId(), "code-locked",
                        handoff.wrongTries(), true, clock.instant()));
            }
            return ok;
        });
        if (!Boolean.TRUE.equals(matched)) {
            Handoff after = handoffs.findById(id.value()).orElseThrow();
            if (after.codeLocked()) {
                throw InvalidInputException.of("code", "fulfillment.code.locked",
                        "The handoff code is locked after too many wrong tries; buyer, seller and support are alerted");
            }
            throw InvalidInputException.of("code", "fulfillment.code.wrong", "Wrong code ("
                    + (settings.codeTries() - after.wrongTries()) + " tries left)");
        }
    }

    private CourierJob ownedOpenJob(Member courier, UUID jobId, CourierJob.@Nullable Kind kind) {
        CourierJob job = jobs.findById(jobId).orElseThrow(() -> new OrderNotFoundException(jobId.toString()));
        job.requireCourier(courier.id());
        if (kind != null && job.kind() != kind) {
            throw InvalidInputException.of("job", "fulfillment.job.kind", "This is a " + job.kind().name().toLowerCase() + " job");
        }
        if (job.status() != CourierJob.Status.OPEN) {
            throw InvalidInputException.of("job", "fulfillment.job.closed", "This job is already " + job.status().name().toLowerCase());
        }
        return job;
    }

    private Optional<CourierJob> openOrDone(OrderId id, CourierJob.Kind kind) {
        return jobs.findByOrderIdOrderByCreatedAtAsc(id.value()).stream()
                .filter(j -> j.kind() == kind && (j.status() == CourierJob.Status.OPEN || j.status() == CourierJob.Status.DONE))
                .reduce((first, second) -> second);
    }

    private OrderView visibleOrder(Member me, OrderId id) {
        return orders.find(me.id(), me.isStaff(), id);
    }

    private static void requireCourier(Member me) {
        if (me.role() != Role.COURIER) {
            throw new NotYourJobException();
        }
    }

    private static void requireOrderState(OrderView order, String state) {
        if (!order.state().equals(state)) {
            throw InvalidInputException.of("status", "fulfillment.order.not-now",
                    "Not possible while the order is " + order.state().replace('_', ' '));
        }
    }

    private String titleOf(UUID orderId) {
        try {
            return orders.get(new OrderId(orderId)).listingTitle();
        } catch (OrderNotFoundException e) {
            return "";
        }
    }

    private static String address(OrderView order) {
        var d = order.delivery();
        return String.join(", ", java.util.stream.Stream.of(d.address(), d.postalCode(), d.city())
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    static Instant windowStart(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    private void record(OrderId id, String kind, @Nullable String detail, @Nullable String externalId) {
        tracking.save(new TrackingEvent(id.value(), kind, detail, externalId, clock.instant()));
    }
}
