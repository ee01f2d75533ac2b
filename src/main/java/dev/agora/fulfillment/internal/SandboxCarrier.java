package dev.agora.fulfillment.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dev.agora.orders.OrderId;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The demo carrier: a registered sandbox shipment moves in transit, out for delivery and delivered, one step per
 * {@code agora.fulfillment.sandbox-carrier-step}, as persistent scheduler tasks (so it survives restarts and runs
 * once across nodes). Each step goes through {@link CarrierWebhooks#sandboxStep}, the path real carriers'
 * signed webhooks take.
 */
@Component
public class SandboxCarrier {

    static final String TASK = "sandbox-carrier";
    static final List<String> STEPS = List.of("IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED");

    private final SchedulerClient scheduler;
    private final FulfillmentSettings settings;
    private final Clock clock;

    SandboxCarrier(@Lazy SchedulerClient scheduler, FulfillmentSettings settings, Clock clock) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.clock = clock;
    }

    /** Schedules the first tracking step of a sandbox shipment (in the caller's transaction). */
    void follow(OrderId order, String trackingNumber) {
        schedule(trackingNumber, 0);
    }

    public void schedule(String trackingNumber, int step) {
        scheduler.scheduleIfNotExists(new TaskInstance<Void>(TASK, trackingNumber + "@" + step),
                clock.instant().plus(settings.sandboxCarrierStep()));
    }
}
