package dev.agora.admin.internal;

import dev.agora.kernel.validation.InvalidInputException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Error text on console pages in the operator's language: the bundle entry {@code admin.error.<code>}, or the
 * English text the domain gave when the bundles have none. One place, so every console form says it the same way.
 */
@Component
public class ConsoleErrors {

    private final MessageSource messages;

    ConsoleErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The first error of a refused input. */
    public String of(InvalidInputException refused, Locale locale) {
        var error = refused.errors().getFirst();
        return of(error.code(), error.message(), locale);
    }

    public String of(String code, String english, Locale locale) {
        return messages.getMessage("admin.error." + code, null, english, locale);
    }

    /** Every operator action is written to the audit log with its reason, so none goes without one. */
    public static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "admin.reason.required", "Give a reason: it goes to the audit log");
        }
    }
}
