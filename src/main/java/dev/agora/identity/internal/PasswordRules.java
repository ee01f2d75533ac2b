package dev.agora.identity.internal;

import dev.agora.kernel.validation.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** At least 12 characters, not a common password, not containing the email's local part. */
final class PasswordRules {

    static final int MIN_LENGTH = 12;

    private PasswordRules() {}

    static List<FieldError> check(String password, String email) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            errors.add(new FieldError("password", "password.tooShort", "must be at least 12 characters"));
            return errors;
        }
        if (password.length() > 128) {
            errors.add(new FieldError("password", "password.tooLong", "must be at most 128 characters"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (CommonPasswords.contains(lower)) {
            errors.add(new FieldError("password", "password.common", "is one of the most common passwords"));
        }
        int at = email.indexOf('@');
        String local = at > 0 ? email.substring(0, at).toLowerCase(Locale.ROOT) : "";
        if (local.length() >= 3 && lower.contains(local)) {
            errors.add(new FieldError("password", "password.containsEmail", "must not contain your email address"));
        }
        return errors;
    }
}
