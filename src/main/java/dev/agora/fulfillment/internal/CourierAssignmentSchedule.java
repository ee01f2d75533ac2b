package dev.agora.fulfillment.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Issue 7: once a day ({@code agora.fulfillment.auto-assign-cron}, UTC; {@code -} turns it off) the next day's open
 * courier jobs are assigned by {@link CourierAssignment}'s rule, on the kernel's scheduler (once across nodes).
 */
@Configuration(proxyBeanMethods = false)
class CourierAssignmentSchedule {

    @Bean
    RecurringTask<Void> courierAutoAssignTask(@Value("${agora.fulfillment.auto-assign-cron:0 0 18 * * *}") String cron,
            @Lazy CourierAssignment assignment, Clock clock) {
        return Tasks.recurring("courier-auto-assign", Schedules.cron(cron, ZoneOffset.UTC)).execute((instance, context) ->
                assignment.autoAssign(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1)));
    }
}
