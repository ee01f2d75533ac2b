package dev.agora.kernel.validation;

import java.util.List;

/**
 * Input a business rule rejected. Carries each field with a message key so the web layer shows a form
 * message and the API answers problem+json naming the field and the reason.
 */
public class InvalidInputException extends RuntimeException {

    public record FieldError(String field, String code, String message) {}

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String code, String message) {
        return new InvalidInputException(List.of(new FieldError(field, code, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
