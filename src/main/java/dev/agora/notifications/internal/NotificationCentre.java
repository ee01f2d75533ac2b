package dev.agora.notifications.internal;

import dev.agora.identity.AccountId;
import dev.agora.notifications.Channel;
import dev.agora.notifications.NotificationCategory;
import dev.agora.notifications.NotificationView;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the notification pages and API do for the signed-in member (and the unsubscribe link for anyone). */
@Service
public class NotificationCentre {

    private final NotificationStore store;
    private final UnsubscribeTokens tokens;
    private final Clock clock;

    NotificationCentre(NotificationStore store, UnsubscribeTokens tokens, Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NotificationView> newest(AccountId member) {
        return store.newest(member, 100);
    }

    @Transactional(readOnly = true)
    public long unread(AccountId member) {
        return store.unread(member);
    }

    @Transactional
    public boolean markRead(AccountId member, UUID id) {
        return store.markRead(member, id, clock.instant()) > 0;
    }

    @Transactional
    public void markAllRead(AccountId member) {
        store.markAllRead(member, clock.instant());
    }

    @Transactional(readOnly = true)
    public Map<NotificationCategory, Map<Channel, Boolean>> preferences(AccountId member) {
        var all = new EnumMap<NotificationCategory, Map<Channel, Boolean>>(NotificationCategory.class);
        for (NotificationCategory category : NotificationCategory.values()) {
            var channels = new EnumMap<Channel, Boolean>(Channel.class);
            for (Channel channel : Channel.values()) {
                channels.put(channel, store.enabled(member, category, channel));
            }
            all.put(category, channels);
        }
        return all;
    }

    @Transactional
    public void choose(AccountId member, NotificationCategory category, Channel channel, boolean enabled) {
        store.choose(member, category, channel, enabled);
    }

    /** Turns off email for the token's category; false for a token that is not ours. */
    @Transactional
    public boolean unsubscribe(String token) {
        return tokens.verify(token).map(subject -> {
            store.choose(subject.account(), subject.category(), Channel.EMAIL, false);
            return true;
        }).orElse(false);
    }

    public java.util.Optional<NotificationCategory> categoryOf(String token) {
        return tokens.verify(token).map(UnsubscribeTokens.Subject::category);
    }
}
