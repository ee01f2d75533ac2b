package dev.agora.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** Ends every session of a member (sessions live in the database, so this reaches all nodes). */
@Component
class SessionTermination {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    SessionTermination(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    void endAllOf(String email) {
        sessions.ifAvailable(repository -> repository.findByPrincipalName(email).keySet().forEach(repository::deleteById));
    }
}
