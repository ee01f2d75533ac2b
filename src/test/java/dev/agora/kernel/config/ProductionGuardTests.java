package dev.agora.kernel.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.AgoraApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

class ProductionGuardTests {

    static final String GOOD_KEY = "0123456789abcdef0123456789abcdef";
    // issue 8: a VAPID pair as npx web-push generate-vapid-keys prints it (base64url)
    static final String VAPID_PUBLIC = "BOJ2Hm0bq2fBgykYfnKKC2FQXq3zC1k0Q6xj4c1aL9rSFlz8mZwK3c3yVnT7Qk8aH2uL6b9dE0fG1hI2jK3lM4n";
    static final String VAPID_PRIVATE = "x0yQ6v1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s0";

    @Test
    void developmentStartsWithDemoDataAndDefaultKey() {
        var environment = new MockEnvironment()
                .withProperty("agora.demo.enabled", "true")
                .withProperty("agora.security.remember-me-key", "dev-only-remember-me-key-change-me");

        assertThatCode(() -> ProductionGuard.check(environment)).doesNotThrowAnyException();
    }

    @Test
    void productionRefusesDemoData() {
        var environment = prod().withProperty("agora.demo.enabled", "true");

        assertThatThrownBy(() -> ProductionGuard.check(environment))
                .hasMessageContaining("agora.demo.enabled must be false");
    }

    @Test
    void productionRefusesTheDefaultOrAShortRememberMeKey() {
        assertThatThrownBy(() -> ProductionGuard.check(
                prod().withProperty("agora.security.remember-me-key", "dev-only-remember-me-key-change-me")))
                .hasMessageContaining("agora.security.remember-me-key");
        assertThatThrownBy(() -> ProductionGuard.check(prod().withProperty("agora.security.remember-me-key", "short")))
                .hasMessageContaining("agora.security.remember-me-key");
    }

    @Test
    void productionRefusesTheSandboxPaymentProviderAndTheDefaultUnsubscribeKey() {
        var environment = prod().withProperty("agora.security.remember-me-key", GOOD_KEY)
                .withProperty("agora.payments.provider", "sandbox")
                .withProperty("agora.notifications.unsubscribe-key", "dev-only-unsubscribe-key-change-me");

        assertThatThrownBy(() -> ProductionGuard.check(environment))
                .hasMessageContaining("agora.payments.provider must not be the sandbox")
                .hasMessageContaining("agora.notifications.unsubscribe-key");
    }

    @Test
    void productionTreatsAnUnsetEnvironmentVariableAsMissing() {
        var environment = prod().withProperty("agora.security.remember-me-key", "${AGORA_TEST_NEVER_SET_KEY}");

        assertThatThrownBy(() -> ProductionGuard.check(environment))
                .hasMessageContaining("agora.security.remember-me-key must be set");
    }

    // --- issue 7: per-carrier webhook secrets ---
    @Test
    void productionRefusesADevelopmentOrShortCarrierWebhookSecret() {
        var environment = withCarrierSecrets(prod().withProperty("agora.security.remember-me-key", GOOD_KEY))
                .withProperty("agora.fulfillment.carrier-webhook-secrets.dhl", "dev-only-carrier-dhl-secret-change-me")
                .withProperty("agora.fulfillment.carrier-webhook-secrets.ups", "short");

        assertThatThrownBy(() -> ProductionGuard.check(environment))
                .hasMessageContaining("agora.fulfillment.carrier-webhook-secrets.dhl must be set")
                .hasMessageContaining("agora.fulfillment.carrier-webhook-secrets.ups must be set")
                .message().doesNotContain("carrier-webhook-secrets.dpd");
    }

    private static MockEnvironment withCarrierSecrets(MockEnvironment environment) {
        for (String carrier : java.util.List.of("dhl", "dpd", "ups", "hermes", "gls", "sandbox")) {
            environment.withProperty("agora.fulfillment.carrier-webhook-secrets." + carrier, GOOD_KEY + "-" + carrier);
        }
        return environment;
    }
    // --- end issue 7 ---

    @Test
    void productionStartsWithARealSecretAndNoDemoData() {
        var environment = withCarrierSecrets(prod()).withProperty("agora.security.remember-me-key", GOOD_KEY)
                .withProperty("agora.notifications.unsubscribe-key", GOOD_KEY + "-unsubscribe")
                .withProperty("agora.identity.verification.document-key", "cHJvZHVjdGlvbi1rZXktb2YtMzItYnl0ZXMtLS0tLS0=")
                .withProperty("agora.payments.provider", "stripe")
                .withProperty("agora.notifications.push.public-key", VAPID_PUBLIC)
                .withProperty("agora.notifications.push.private-key", VAPID_PRIVATE);

        assertThatCode(() -> ProductionGuard.check(environment)).doesNotThrowAnyException();
    }

    // --- issue 8 ---
    @Test
    void productionRefusesToStartWithoutAVapidKeyPair() {
        var missing = ready();
        assertThatThrownBy(() -> ProductionGuard.check(missing))
                .hasMessageContaining("agora.notifications.push.public-key and agora.notifications.push.private-key must be set");

        var unsetVariables = ready().withProperty("agora.notifications.push.public-key", "${AGORA_TEST_NEVER_SET_VAPID}")
                .withProperty("agora.notifications.push.private-key", VAPID_PRIVATE);
        assertThatThrownBy(() -> ProductionGuard.check(unsetVariables)).hasMessageContaining("VAPID key pair");

        var garbled = ready().withProperty("agora.notifications.push.public-key", "not a key!")
                .withProperty("agora.notifications.push.private-key", VAPID_PRIVATE);
        assertThatThrownBy(() -> ProductionGuard.check(garbled)).hasMessageContaining("VAPID key pair");

        var onlyPublic = ready().withProperty("agora.notifications.push.public-key", VAPID_PUBLIC);
        assertThatThrownBy(() -> ProductionGuard.check(onlyPublic)).hasMessageContaining("VAPID key pair");

        assertThatCode(() -> ProductionGuard.check(ready().withProperty("agora.notifications.push.public-key", VAPID_PUBLIC)
                .withProperty("agora.notifications.push.private-key", VAPID_PRIVATE))).doesNotThrowAnyException();
    }

    /** A production environment that is fine except for the VAPID keys. */
    private static MockEnvironment ready() {
        return withCarrierSecrets(prod()).withProperty("agora.security.remember-me-key", GOOD_KEY)
                .withProperty("agora.notifications.unsubscribe-key", GOOD_KEY + "-unsubscribe")
                .withProperty("agora.identity.verification.document-key", "cHJvZHVjdGlvbi1rZXktb2YtMzItYnl0ZXMtLS0tLS0=")
                .withProperty("agora.payments.provider", "stripe");
    }
    // --- end issue 8 ---

    @Test
    void applicationWithProdProfileAndMissingSecretsRefusesToStart() {
        var application = new SpringApplicationBuilder(AgoraApplication.class)
                .profiles("prod")
                .properties(
                        // the non-secret production settings are given; the remember-me key is not.
                        // No database is needed for the check; should one be touched, it is an empty H2
                        "AGORA_DB_URL=jdbc:h2:mem:production-guard", "AGORA_DB_USER=sa", "AGORA_DB_PASSWORD=",
                        "AGORA_SMTP_HOST=localhost",
                        "logging.structured.format.console=", "spring.main.banner-mode=off")
                .registerShutdownHook(false);

        assertThatThrownBy(() -> application.run("--agora.demo.enabled=true"))
                .rootCause()
                .hasMessageContaining("Refusing to start in production")
                .hasMessageContaining("agora.demo.enabled")
                .hasMessageContaining("agora.security.remember-me-key")
                // issue 8: application.yml maps the keys to unset AGORA_VAPID_* variables
                .hasMessageContaining("agora.notifications.push.public-key");
    }

    private static MockEnvironment prod() {
        var environment = new MockEnvironment().withProperty("agora.demo.enabled", "false");
        environment.setActiveProfiles("prod");
        return environment;
    }
}
