package dev.agora.kernel.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the {@code prod} profile with demo data or a secret left at its development default, so
 * a misconfigured production node fails loudly instead of serving demo logins.
 */
@Component
class ProductionGuard {

    /** Properties whose development defaults must never reach production, with that default. */
    static final Map<String, String> SECRETS =
            Map.of("agora.security.remember-me-key", "dev-only-remember-me-key-change-me");

    ProductionGuard(Environment environment) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (environment.getProperty("agora.demo.enabled", Boolean.class, false)) {
            problems.add("agora.demo.enabled must be false in production");
        }
        SECRETS.forEach((property, developmentDefault) -> {
            String value = environment.getProperty(property, "");
            if (value.equals(developmentDefault) || value.length() < 32) {
                problems.add(property + " must be set to a secret of at least 32 characters");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production: " + String.join("; ", problems));
        }
    }
}
