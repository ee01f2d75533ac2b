package dev.agora.fulfillment.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderTransitioned;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The return-by timer on the kernel's persistent scheduler (instance id: the order id), and the start of returns. */
@Configuration(proxyBeanMethods = false)
class RentalReturnConfiguration {

    @Bean
    OneTimeTask<Void> rentalReturnByTask(@Lazy RentalReturns returns) {
        return Tasks.oneTime(RentalReturns.TASK).execute((instance, context) -> returns.checkOverdue(OrderId.of(instance.getId())));
    }

    /** A rental's order entered {@code in_progress}: its return is due at the end of the rental period. */
    @Component
    static class RentalStarts {

        private final RentalReturns returns;

        RentalStarts(RentalReturns returns) {
            this.returns = returns;
        }

        // perf (issue 6): the condition is checked before Spring Modulith stores a publication, so the transitions
        // of every other order cost no event_publication row and no listener transaction
        @ApplicationModuleListener(condition = "#event.to() == 'in_progress' and #event.process() == 'request-to-book'")
        void on(OrderTransitioned event) {
            if (event.to().equals("in_progress") && event.process().equals("request-to-book")) {
                returns.started(event.orderId(), event.occurredAt());
            }
        }
    }
}
