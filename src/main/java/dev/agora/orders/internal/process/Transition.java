package dev.agora.orders.internal.process;

import dev.agora.orders.Actor;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A named step from one state to another, taken by an actor or fired by a timer {@code after} entering
 * {@code from} (timers are taken by {@link Actor#SYSTEM}).
 */
public record Transition(String name, String from, String to, @Nullable Actor actor, @Nullable Duration after,
        List<Action> actions) {

    public boolean timed() {
        return after != null;
    }
}
