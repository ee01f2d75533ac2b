package dev.agora.fulfillment.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.agora.kernel.scheduling.TaskRetries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The sandbox carrier's step as a task of the kernel's persistent scheduler (instance id {@code tracking@step}). */
@Configuration(proxyBeanMethods = false)
class SandboxCarrierConfiguration {

    @Bean
    OneTimeTask<Void> sandboxCarrierTask(@Lazy CarrierWebhooks webhooks, @Lazy SandboxCarrier sandbox) {
        return Tasks.oneTime(SandboxCarrier.TASK).onFailure(TaskRetries.<Void>backoff()).execute((instance, context) -> {
            String[] parts = instance.getId().split("@");
            int step = Integer.parseInt(parts[1]);
            webhooks.sandboxStep(parts[0], step);
            if (step + 1 < SandboxCarrier.STEPS.size()) {
                sandbox.schedule(parts[0], step + 1);
            }
        });
    }
}
