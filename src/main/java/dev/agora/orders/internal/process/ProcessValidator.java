package dev.agora.orders.internal.process;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Refuses definitions that would strand orders: states no transition reaches, transitions nobody may take,
 * states with no way out that are not final, final states with a way out, duplicate names from one state.
 */
public final class ProcessValidator {

    private ProcessValidator() {}

    public static void validate(TransactionProcess process) {
        List<String> problems = new ArrayList<>();
        if (process.initial().isBlank()) {
            problems.add("no initial state");
        }
        if (process.finals().isEmpty()) {
            problems.add("no final state");
        }
        Set<String> seen = new HashSet<>();
        for (Transition t : process.transitions()) {
            if (t.name().isBlank() || t.from().isBlank() || t.to().isBlank()) {
                problems.add("transition '" + t.name() + "' needs a name, from and to");
            }
            if (t.actor() == null) {
                problems.add("transition '" + t.name() + "' has no actor or timer");
            }
            if (!seen.add(t.name() + "@" + t.from())) {
                problems.add("transition '" + t.name() + "' appears twice from " + t.from());
            }
        }
        Set<String> reachable = reachableFrom(process);
        process.states().stream().filter(s -> !reachable.contains(s)).sorted()
                .forEach(s -> problems.add("state '" + s + "' is unreachable"));
        for (String state : process.states().stream().sorted().toList()) {
            boolean exits = !process.from(state).isEmpty();
            if (!exits && !process.isFinal(state)) {
                problems.add("state '" + state + "' is a dead end but not final");
            }
            if (exits && process.isFinal(state)) {
                problems.add("final state '" + state + "' has transitions out");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProcessException(process.key(), problems);
        }
    }

    private static Set<String> reachableFrom(TransactionProcess process) {
        Set<String> reached = new HashSet<>();
        var queue = new ArrayDeque<String>();
        queue.add(process.initial());
        while (!queue.isEmpty()) {
            String state = queue.poll();
            if (reached.add(state)) {
                process.from(state).forEach(t -> queue.add(t.to()));
            }
        }
        return reached;
    }
}
