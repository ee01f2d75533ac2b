package dev.agora.orders.internal.process;

import java.util.List;

/** A process definition that cannot run; thrown at start-up so a broken definition never takes an order. */
public class InvalidProcessException extends RuntimeException {

    private final List<String> problems;

    public InvalidProcessException(String process, List<String> problems) {
        super("Transaction process " + process + " is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
