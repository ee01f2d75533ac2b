package dev.agora.identity.internal;

import java.util.regex.Pattern;

/** A pragmatic check (one @, a dotted domain, no spaces); the verification mail proves the address. */
final class EmailAddress {

    private static final Pattern SHAPE =
            Pattern.compile("^[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private EmailAddress() {}

    static boolean isValid(String email) {
        return email.length() <= 254 && SHAPE.matcher(email).matches();
    }
}
