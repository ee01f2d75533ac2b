package dev.agora.admin.internal.privacy;

import dev.agora.identity.AccountErased;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Completed internal event publications keep their payloads (an {@code AccountRegistered} names the email and the
 * name); on erasure the completed ones that mention the account go at once instead of waiting for the retention job.
 * Publications still in flight stay, so no module misses its event; they carry ids, and complete within moments.
 */
@Component
class EventTraceErasure {

    private final JdbcClient jdbc;

    EventTraceErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AccountErased erased) {
        jdbc.sql("DELETE FROM event_publication WHERE completion_date IS NOT NULL AND serialized_event LIKE ?")
                .param("%" + erased.accountId().value() + "%").update();
    }
}
