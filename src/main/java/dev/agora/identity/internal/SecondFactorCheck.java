package dev.agora.identity.internal;

import dev.agora.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * Hook for TOTP when a token is requested with email and password (POST /api/v1/auth/tokens). The web
 * auth flows provide the implementation together with TOTP enrolment; until a bean exists, accounts with
 * TOTP enabled cannot get tokens by password (they use the /me/tokens page after logging in).
 */
public interface SecondFactorCheck {

    /** True if {@code code} is the account's current TOTP code (or an unused recovery code). */
    boolean verify(AccountId account, @Nullable String code);
}
