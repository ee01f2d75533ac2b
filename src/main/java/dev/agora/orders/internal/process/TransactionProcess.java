package dev.agora.orders.internal.process;

import dev.agora.orders.Actor;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A transaction process as data. Orders keep {@code name} and {@code version}: a new version never changes running orders. */
public record TransactionProcess(String name, int version, String initial, Set<String> states, Set<String> finals,
        List<Transition> transitions) {

    public String key() {
        return name + "@" + version;
    }

    public boolean isFinal(String state) {
        return finals.contains(state);
    }

    public List<Transition> from(String state) {
        return transitions.stream().filter(t -> t.from().equals(state)).toList();
    }

    public Optional<Transition> find(String name, String from) {
        return from(from).stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Transitions the actor may take by hand from the state (timers are never taken by hand). */
    public List<Transition> available(String state, Set<Actor> actors) {
        return from(state).stream().filter(t -> !t.timed() && actors.contains(t.actor())).toList();
    }

    public List<Transition> timersFrom(String state) {
        return from(state).stream().filter(Transition::timed).toList();
    }

    public static ProcessBuilder define(String name, int version) {
        return new ProcessBuilder(name, version);
    }
}
