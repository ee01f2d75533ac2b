package dev.agora.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void acceptsItsOwnSignatureWithinTheTolerance() {
        String header = WebhookSignature.sign("whsec", NOW.minusSeconds(200), "{}");

        assertThat(WebhookSignature.verify("whsec", header, "{}", NOW, 300)).isTrue();
    }

    @Test
    void refusesAnotherBodySecretOrAStaleTimestamp() {
        String header = WebhookSignature.sign("whsec", NOW, "{}");

        assertThat(WebhookSignature.verify("whsec", header, "{ }", NOW, 300)).isFalse();
        assertThat(WebhookSignature.verify("other", header, "{}", NOW, 300)).isFalse();
        assertThat(WebhookSignature.verify("whsec", header, "{}", NOW.plusSeconds(301), 300)).isFalse();
        assertThat(WebhookSignature.verify("whsec", "garbage", "{}", NOW, 300)).isFalse();
        assertThat(WebhookSignature.verify("", header, "{}", NOW, 300)).isFalse();
    }
}
