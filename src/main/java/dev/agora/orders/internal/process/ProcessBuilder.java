package dev.agora.orders.internal.process;

import dev.agora.orders.Actor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The process DSL: {@code define("buy-now", 1).initial("checkout").finals(...).transition("pay").from("checkout")
 * .to("paid").by(SYSTEM).does(CAPTURE)...build()}. {@link #build()} validates the result.
 */
public final class ProcessBuilder {

    private final String name;
    private final int version;
    private String initial = "";
    private final Set<String> finals = new LinkedHashSet<>();
    private final List<Transition> transitions = new ArrayList<>();

    ProcessBuilder(String name, int version) {
        this.name = name;
        this.version = version;
    }

    public ProcessBuilder initial(String state) {
        this.initial = state;
        return this;
    }

    public ProcessBuilder finals(String... states) {
        finals.addAll(List.of(states));
        return this;
    }

    public Step transition(String transitionName) {
        return new Step(transitionName);
    }

    /** Adds a reusable part (such as {@link DisputePaths}) to the definition. */
    public ProcessBuilder with(java.util.function.UnaryOperator<ProcessBuilder> part) {
        return part.apply(this);
    }

    /** Builds and validates; an invalid process throws {@link InvalidProcessException}. */
    public TransactionProcess build() {
        Set<String> states = new LinkedHashSet<>();
        states.add(initial);
        states.addAll(finals);
        transitions.forEach(t -> {
            states.add(t.from());
            states.add(t.to());
        });
        var process = new TransactionProcess(name, version, initial, Set.copyOf(states), Set.copyOf(finals),
                List.copyOf(transitions));
        ProcessValidator.validate(process);
        return process;
    }

    /** One transition being described. */
    public final class Step {

        private final String transitionName;
        private String from = "";
        private String to = "";
        private Actor actor;
        private Duration after;
        private final List<Action> actions = new ArrayList<>();

        Step(String transitionName) {
            this.transitionName = transitionName;
        }

        public Step from(String state) {
            this.from = state;
            return this;
        }

        public Step to(String state) {
            this.to = state;
            return this;
        }

        public Step by(Actor who) {
            this.actor = who;
            return this;
        }

        /** A timer: fires this long after the order entered {@code from}; taken by the system. */
        public Step after(Duration delay) {
            this.after = delay;
            this.actor = Actor.SYSTEM;
            return this;
        }

        public ProcessBuilder does(Action... what) {
            actions.addAll(List.of(what));
            return done();
        }

        public ProcessBuilder done() {
            transitions.add(new Transition(transitionName, from, to, actor, after, List.copyOf(actions)));
            return ProcessBuilder.this;
        }
    }
}
