package dev.agora.kernel.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the {@code prod} profile with demo data or a secret left at its development default, so
 * a misconfigured production node fails loudly instead of serving demo logins. It is a bean factory post
 * processor only so that it runs before any other bean is created (such processors are created before the
 * rest and cannot take constructor arguments, hence {@link EnvironmentAware}): the check fails in seconds,
 * before the node opens a database connection or runs a migration.
 */
@Component
class ProductionGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    /** Properties whose development defaults must never reach production, with that default. */
    static final Map<String, String> SECRETS = Map.of(
            "agora.security.remember-me-key", "dev-only-remember-me-key-change-me",
            "agora.notifications.unsubscribe-key", "dev-only-unsubscribe-key-change-me",
            // reviews helper (issue 9): encrypts identity documents at rest
            "agora.identity.verification.document-key", "ZGV2LW9ubHktZG9jdW1lbnQta2V5LWNoYW5nZS1tZSE=");

    // --- issue 7: each carrier's webhook key; a development key would let anyone forge a delivery event ---
    static final Map<String, String> CARRIER_SECRETS = java.util.stream.Stream.of("dhl", "dpd", "ups", "hermes", "gls", "sandbox")
            .collect(java.util.stream.Collectors.toUnmodifiableMap(c -> "agora.fulfillment.carrier-webhook-secrets." + c,
                    c -> "dev-only-carrier-" + c + "-secret-change-me"));
    // --- end issue 7 ---

    @Override
    public void setEnvironment(Environment environment) {
        check(environment);
    }

    /** Throws if the environment is a production one that is not fit to start. */
    static void check(Environment environment) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (environment.getProperty("agora.demo.enabled", Boolean.class, false)) {
            problems.add("agora.demo.enabled must be false in production");
        }
        if ("sandbox".equals(valueOrEmpty(environment, "agora.payments.provider"))) {
            problems.add("agora.payments.provider must not be the sandbox in production");
        }
        java.util.stream.Stream.concat(SECRETS.entrySet().stream(), CARRIER_SECRETS.entrySet().stream()) // issue 7
                .sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String property = entry.getKey();
            String developmentDefault = entry.getValue();
            String value = valueOrEmpty(environment, property);
            if (value.equals(developmentDefault) || value.length() < 32) {
                problems.add(property + " must be set to a secret of at least 32 characters");
            }
        });
        // --- issue 8: Web Push needs a fixed VAPID pair, else browsers must re-subscribe after each deploy ---
        vapidProblem(environment).ifPresent(problems::add);
        // --- end issue 8 ---
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production: " + String.join("; ", problems));
        }
    }

    // --- issue 8: the VAPID key pair (base64url: uncompressed P-256 public point, 32-byte private scalar) ---
    static final String VAPID_PUBLIC = "agora.notifications.push.public-key";
    static final String VAPID_PRIVATE = "agora.notifications.push.private-key";

    private static java.util.Optional<String> vapidProblem(Environment environment) {
        byte[] publicKey = base64url(valueOrEmpty(environment, VAPID_PUBLIC));
        byte[] privateKey = base64url(valueOrEmpty(environment, VAPID_PRIVATE));
        if (publicKey.length != 65 || publicKey[0] != 4 || privateKey.length < 31 || privateKey.length > 33) {
            return java.util.Optional.of(VAPID_PUBLIC + " and " + VAPID_PRIVATE
                    + " must be set to a VAPID key pair (base64url, e.g. from npx web-push generate-vapid-keys)");
        }
        return java.util.Optional.empty();
    }

    private static byte[] base64url(String value) {
        try {
            return java.util.Base64.getUrlDecoder().decode(value.strip().replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }
    // --- end issue 8 ---

    /** An unset environment variable behind a {@code ${...}} placeholder counts as empty, not as an error. */
    private static String valueOrEmpty(Environment environment, String property) {
        try {
            return environment.getProperty(property, "");
        } catch (IllegalArgumentException unresolvablePlaceholder) {
            return "";
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // nothing to change: the check ran in setEnvironment, as early as Spring can create a bean
    }
}
