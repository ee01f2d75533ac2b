package dev.agora.fulfillment.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A courier's stop: a pickup at the seller or a delivery to the buyer, in a zone's window on a day. */
@Entity
@Table(name = "fulfillment_courier_job")
class CourierJob {

    enum Kind { PICKUP, DELIVERY }

    enum Status { OPEN, DONE, FAILED, CANCELLED }

    @Id
    private UUID id;
    private UUID orderId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String zone;
    private LocalDate jobDay;
    private int windowStart;
    private double lat;
    private double lon;
    private @Nullable String address;
    private @Nullable UUID courierId;
    private int attempt;
    private @Nullable String checklist;
    private @Nullable String photoKeys;
    private @Nullable String note;
    private Instant createdAt;
    private @Nullable Instant doneAt;
    @Version
    private long version;

    protected CourierJob() {}

    CourierJob(UUID orderId, Kind kind, String zone, LocalDate day, int windowStart, double lat, double lon,
            @Nullable String address, int attempt, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.kind = kind;
        this.status = Status.OPEN;
        this.zone = zone;
        this.jobDay = day;
        this.windowStart = windowStart;
        this.lat = lat;
        this.lon = lon;
        this.address = address;
        this.attempt = attempt;
        this.createdAt = now;
    }

    /** A courier takes an open job nobody has taken; a job taken by someone else is theirs (403). */
    void take(AccountId courier) {
        requireOpen();
        if (courierId != null && !courierId.equals(courier.value())) {
            throw new NotYourJobException();
        }
        courierId = courier.value();
    }

    /** Issue 7: dispatch gives an open job to a courier (automatic assignment or an operator), or back to the pool. */
    void assignTo(@Nullable AccountId courier) {
        requireOpen();
        courierId = courier == null ? null : courier.value();
    }

    /** Only the courier who took the job confirms it. */
    void requireCourier(AccountId courier) {
        if (courierId == null || !courierId.equals(courier.value())) {
            throw new NotYourJobException();
        }
    }

    void done(@Nullable String checklistText, List<String> photos, Instant now) {
        requireOpen();
        this.status = Status.DONE;
        this.checklist = checklistText;
        this.photoKeys = photos.isEmpty() ? null : String.join(",", photos);
        this.doneAt = now;
    }

    void failed(String reason, Instant now) {
        requireOpen();
        this.status = Status.FAILED;
        this.note = reason.length() > 300 ? reason.substring(0, 300) : reason;
        this.doneAt = now;
    }

    void cancel() {
        if (status == Status.OPEN) {
            status = Status.CANCELLED;
        }
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw InvalidInputException.of("job", "fulfillment.job.closed", "This job is already " + status.name().toLowerCase());
        }
    }

    UUID id() { return id; }
    UUID orderId() { return orderId; }
    Kind kind() { return kind; }
    Status status() { return status; }
    String zone() { return zone; }
    LocalDate day() { return jobDay; }
    int windowStart() { return windowStart; }
    double lat() { return lat; }
    double lon() { return lon; }
    @Nullable String address() { return address; }
    @Nullable UUID courierId() { return courierId; }
    int attempt() { return attempt; }
    @Nullable String checklist() { return checklist; }
    List<String> photoKeys() { return photoKeys == null ? List.of() : Arrays.asList(photoKeys.split(",")); }
    @Nullable String note() { return note; }
    @Nullable Instant doneAt() { return doneAt; }
    Instant createdAt() { return createdAt; }
}
