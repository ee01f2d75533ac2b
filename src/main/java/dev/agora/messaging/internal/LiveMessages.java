package dev.agora.messaging.internal;

import dev.agora.identity.AccountId;
import dev.agora.messaging.ConversationId;
import dev.agora.messaging.MessageView;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes new messages to the open conversation pages of this node over Server-Sent Events. The database is
 * the only channel between nodes: every second (sooner when PostgreSQL NOTIFY wakes it, see
 * {@link PostgresWakeUp}) one query per node reads the messages sent in the last {@link #LOOK_BACK} and
 * pushes those it has not pushed yet. Reading a time window instead of "seq greater than the last seen"
 * matters: sequence numbers are assigned at insert, not at commit, so a slower transaction can commit a
 * smaller seq after a larger one was already seen; the window still contains it.
 */
@Component
public class LiveMessages {

    static final Duration LOOK_BACK = Duration.ofSeconds(30);

    /** One open page: whose it is and how to render a message for them. */
    public record Subscriber(AccountId member, SseEmitter emitter, Function<MessageView, String> render) {}

    private final Map<ConversationId, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Map<java.util.UUID, Instant> pushed = new ConcurrentHashMap<>();
    private final MessageStore messages;
    private final Clock clock;

    LiveMessages(MessageStore messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public SseEmitter subscribe(ConversationId conversation, AccountId member, Function<MessageView, String> render) {
        var emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
        var subscriber = new Subscriber(member, emitter, render);
        subscribers.computeIfAbsent(conversation, id -> new CopyOnWriteArrayList<>()).add(subscriber);
        Runnable remove = () -> subscribers.getOrDefault(conversation, List.of()).remove(subscriber);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        try {
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException e) {
            remove.run();
        }
        return emitter;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    public synchronized void poll() {
        Instant now = clock.instant();
        pushed.values().removeIf(at -> at.isBefore(now.minus(LOOK_BACK.multipliedBy(2))));
        if (subscribers.values().stream().allMatch(List::isEmpty)) {
            return;
        }
        for (MessageStore.Stored stored : messages.sentSince(now.minus(LOOK_BACK))) {
            MessageView message = stored.view();
            if (pushed.putIfAbsent(message.id(), now) == null) {
                deliver(message);
            }
        }
    }

    private void deliver(MessageView message) {
        for (Subscriber subscriber : subscribers.getOrDefault(message.conversationId(), List.of())) {
            if (subscriber.member().equals(message.senderId())) {
                continue; // the sender's own page appended it from the htmx answer
            }
            try {
                subscriber.emitter().send(SseEmitter.event().name("message").data(subscriber.render().apply(message)));
            } catch (IOException | IllegalStateException e) {
                subscribers.getOrDefault(message.conversationId(), List.of()).remove(subscriber);
            }
        }
    }

    int openPages() {
        return subscribers.values().stream().mapToInt(List::size).sum();
    }

    Set<ConversationId> conversationsWatched() {
        return subscribers.keySet();
    }
}
