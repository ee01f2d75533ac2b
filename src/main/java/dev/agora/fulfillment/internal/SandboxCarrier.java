package dev.agora.fulfillment.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.agora.orders.OrderId;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The demo carrier: a registered sandbox shipment moves in transit, out for delivery and delivered, one step per
 * {@code agora.fulfillment.sandbox-carrier-step}, as persistent scheduler tasks (so it survives restarts and runs
 * once across nodes). Each step goes through {@link CarrierWebhooks#signedByCarrier}, the path real carriers'
 * signed webhooks take.
 */
@Component
class SandboxCarrier {

    static final String TASK = "sandbox-carrier";
    static final List<String> STEPS = List.of("IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED");

    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;
    private final FulfillmentSettings settings;
    private final Clock clock;

    SandboxCarrier(@Lazy SchedulerClient scheduler, @Lazy OneTimeTask<Void> sandboxCarrierTask, FulfillmentSettings settings,
            Clock clock) {
        this.scheduler = scheduler;
        this.task = sandboxCarrierTask;
        this.settings = settings;
        this.clock = clock;
    }

    /** Schedules the first tracking step of a sandbox shipment (in the caller's transaction). */
    void follow(OrderId order, String trackingNumber) {
        schedule(trackingNumber, 0);
    }

    void schedule(String trackingNumber, int step) {
        scheduler.scheduleIfNotExists(task.instance(trackingNumber + "@" + step),
                clock.instant().plus(settings.sandboxCarrierStep()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Task {

        @Bean
        OneTimeTask<Void> sandboxCarrierTask(@Lazy CarrierWebhooks webhooks, @Lazy SandboxCarrier sandbox) {
            return Tasks.oneTime(TASK).execute((instance, context) -> {
                String[] parts = instance.getId().split("@");
                int step = Integer.parseInt(parts[1]);
                webhooks.signedByCarrier(Carrier.SANDBOX, parts[0], "sandbox-" + parts[0] + "-" + step, STEPS.get(step));
                if (step + 1 < STEPS.size()) {
                    sandbox.schedule(parts[0], step + 1);
                }
            });
        }
    }
}
