package dev.agora.payments.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agora.payments.*}.
 *
 * @param provider {@code sandbox} (default) or {@code stripe}
 * @param sandbox the sandbox's webhook signing secret
 * @param stripe API key, API base (tests point it at WireMock) and webhook signing secret
 * @param webhookTolerance seconds a signed webhook timestamp may be off
 */
@ConfigurationProperties("agora.payments")
record PaymentsSettings(String provider, Sandbox sandbox, Stripe stripe, long webhookTolerance) {

    PaymentsSettings {
        provider = provider == null ? "sandbox" : provider;
        sandbox = sandbox == null ? new Sandbox("sandbox-webhook-secret") : sandbox;
        stripe = stripe == null ? new Stripe("", "https://api.stripe.com", "") : stripe;
        webhookTolerance = webhookTolerance <= 0 ? 300 : webhookTolerance;
    }

    record Sandbox(String webhookSecret) {}

    record Stripe(String apiKey, String apiBase, String webhookSecret) {}

    String webhookSecret(String providerName) {
        return "stripe".equals(providerName) ? stripe.webhookSecret() : sandbox.webhookSecret();
    }
}
