package dev.agora.search.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.agora.identity.AccountId;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The task {@link SellerStandingEvents} schedules: re-read one seller's facts into all their listings. */
@Configuration(proxyBeanMethods = false)
class SellerRefreshTimer {

    @Bean
    OneTimeTask<Void> searchSellerRefreshTask(@Lazy ListingIndexer indexer) {
        return Tasks.oneTime("search-seller-refresh").execute((instance, context) -> {
            String id = instance.getId();
            indexer.refreshSeller(new AccountId(UUID.fromString(id.substring(0, id.indexOf('@')))));
        });
    }
}
