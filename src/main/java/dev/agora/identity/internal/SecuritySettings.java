package dev.agora.identity.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agora.security.*}.
 *
 * @param secureCookies mark cookies Secure (always in production, behind TLS)
 * @param rememberMeKey the key remember-me cookies are signed with; production refuses the default
 * @param operators operator accounts ensured at start-up (operators are never created by sign-up)
 */
@ConfigurationProperties("agora.security")
record SecuritySettings(boolean secureCookies, String rememberMeKey, List<OperatorAccount> operators) {

    static final String DEFAULT_REMEMBER_ME_KEY = "dev-only-remember-me-key-change-me";

    record OperatorAccount(String email, String password, String displayName) {}

    SecuritySettings {
        operators = operators == null ? List.of() : List.copyOf(operators);
    }
}
