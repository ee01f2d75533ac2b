package dev.agora.identity;

import java.util.Locale;

/**
 * What a person gives to open an account. Validated by {@link IdentityManagement#register}. The locale (taken
 * from the request at sign-up) is the language mails to this member are written in.
 */
public record SignUp(String email, String password, String displayName, Locale locale) {

    public SignUp(String email, String password, String displayName) {
        this(email, password, displayName, Locale.ENGLISH);
    }
}
