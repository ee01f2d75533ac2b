package dev.agora.messaging.internal;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.messaging.internal.leakage.LeakageDetector;
import dev.agora.messaging.internal.leakage.LeakageScan;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Applies the operator's leakage policy to a message about to be sent. */
@Component
class LeakagePolicy {

    /** The text to store, the kinds found (lower case), whether it was only a warning. */
    record Decision(String body, Set<String> kinds, boolean warned) {

        boolean found() {
            return !kinds.isEmpty();
        }
    }

    private final LeakageDetector detector = new LeakageDetector();
    private final MessagingSettings settings;

    LeakagePolicy(MessagingSettings settings) {
        this.settings = settings;
    }

    Decision apply(String body, boolean contactAllowed) {
        if (contactAllowed && settings.leakage().allowContactAfterPayment()) {
            return new Decision(body, Set.of(), false);
        }
        LeakageScan scan = detector.scan(body);
        if (!scan.found()) {
            return new Decision(body, Set.of(), false);
        }
        Set<String> kinds = scan.kinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return switch (settings.leakage().policy()) {
            case MASK -> new Decision(scan.masked(), kinds, false);
            case WARN -> new Decision(body, kinds, true);
            case BLOCK -> throw InvalidInputException.of("body", "message.contact-details",
                    "contact details (" + String.join(", ", kinds) + ") may not be shared before the order is paid");
        };
    }
}
