package dev.agora.orders;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Read-only view of every transaction process version the platform knows (the console's process page). */
public interface TransactionProcesses {

    /** Every process version, by name then version; {@code newOrdersOf} names the listing type whose new orders use it. */
    List<ProcessDefinition> definitions();

    record ProcessDefinition(String name, int version, String initial, List<String> states, List<String> finals,
            List<Step> transitions, @Nullable String newOrdersOf) {

        public String key() {
            return name + "@" + version;
        }
    }

    /** A transition: taken by {@code actor}, or fired by a timer {@code after} entering {@code from} (actor SYSTEM). */
    record Step(String name, String from, String to, @Nullable Actor actor, @Nullable Duration after, List<String> actions) {}
}
