package dev.agora.fulfillment.internal;

import dev.agora.fulfillment.PickupEvidence;
import dev.agora.kernel.storage.BlobStorage;
import dev.agora.orders.OrderId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The courier's pickup record as evidence for disputes (issue 9); reads what {@link Handoffs#confirmPickup} stored. */
@Service
@Transactional(readOnly = true)
class PickupRecords implements PickupEvidence {

    private static final String NOTE = "note=";

    private final CourierJobRepository jobs;
    private final BlobStorage blobs;

    PickupRecords(CourierJobRepository jobs, BlobStorage blobs) {
        this.jobs = jobs;
        this.blobs = blobs;
    }

    @Override
    public Optional<Pickup> pickupOf(OrderId order) {
        return donePickup(order).map(job -> {
            String text = job.checklist() == null ? "" : job.checklist();
            @Nullable String note = null;
            int at = text.startsWith(NOTE) ? 0 : text.indexOf(";" + NOTE);
            if (at >= 0) {
                note = text.substring(at + (at == 0 ? 0 : 1) + NOTE.length());
                text = text.substring(0, at);
            }
            List<Check> checks = new ArrayList<>();
            for (String item : text.split(";")) {
                int eq = item.indexOf('=');
                if (eq > 0) {
                    checks.add(new Check(item.substring(0, eq), item.substring(eq + 1).equals("yes")));
                }
            }
            return new Pickup(order, job.id(), java.util.Objects.requireNonNull(job.doneAt()), checks, note, job.photoKeys().size());
        });
    }

    @Override
    public Optional<BlobStorage.StoredBlob> photo(OrderId order, int number) {
        return donePickup(order).map(CourierJob::photoKeys).filter(keys -> number >= 1 && number <= keys.size())
                .flatMap(keys -> blobs.get(keys.get(number - 1)));
    }

    private Optional<CourierJob> donePickup(OrderId order) {
        return jobs.findByOrderIdOrderByCreatedAtAsc(order.value()).stream()
                .filter(job -> job.kind() == CourierJob.Kind.PICKUP && job.status() == CourierJob.Status.DONE
                        && job.doneAt() != null)
                .reduce((first, second) -> second);
    }
}
