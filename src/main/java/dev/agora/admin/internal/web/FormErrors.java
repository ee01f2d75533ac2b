package dev.agora.admin.internal.web;

import dev.agora.kernel.validation.InvalidInputException;
import java.util.List;

/** Message keys ({@code admin.error.<code>}) for the console's forms. */
final class FormErrors {

    static List<String> keys(InvalidInputException e) {
        return e.errors().stream().map(error -> "admin.error." + error.code()).distinct().toList();
    }

    private FormErrors() {}
}
