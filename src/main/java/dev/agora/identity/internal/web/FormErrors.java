package dev.agora.identity.internal.web;

import dev.agora.kernel.validation.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Field name to message key ({@code error.<code>}), first problem per field, for the messages next to inputs. */
final class FormErrors {

    private FormErrors() {}

    static Map<String, String> of(InvalidInputException invalid) {
        Map<String, String> errors = new LinkedHashMap<>();
        invalid.errors().forEach(error -> errors.putIfAbsent(error.field(), "error." + error.code()));
        return errors;
    }
}
