package dev.agora.messaging.internal;

import org.springframework.stereotype.Component;

/** Read-only facts about real-time delivery for health checks and tests. */
@Component
public class LiveMessagesProbe {

    private final PostgresWakeUp wakeUp;
    private final LiveMessages live;

    LiveMessagesProbe(PostgresWakeUp wakeUp, LiveMessages live) {
        this.wakeUp = wakeUp;
        this.live = live;
    }

    /** True on PostgreSQL once this node LISTENs for new messages. */
    public boolean listening() {
        return wakeUp.active();
    }

    public long notificationsReceived() {
        return wakeUp.notificationsReceived();
    }

    public int openPages() {
        return live.openPages();
    }
}
