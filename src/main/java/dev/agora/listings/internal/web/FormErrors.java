package dev.agora.listings.internal.web;

import dev.agora.kernel.validation.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** Field messages for a form from a refused input: the bundle's {@code error.<code>}, else the English message. */
final class FormErrors {

    private FormErrors() {}

    static Map<String, String> of(InvalidInputException e, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach(error -> errors.merge(error.field(),
                messages.getMessage("error." + error.code(), null, error.message(), locale), (a, b) -> a + " " + b));
        return errors;
    }
}
