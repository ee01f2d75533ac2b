package dev.agora.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountTokenTests {

    static final Clock ISSUED = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void verificationLinkWorksUntilJustBefore24Hours() {
        var token = issue(EmailVerification.VALIDITY);

        assertThat(token.checkAt(later(Duration.ofHours(24).minusSeconds(1)))).isEqualTo(TokenOutcome.DONE);
        assertThat(token.checkAt(later(Duration.ofHours(24)))).isEqualTo(TokenOutcome.EXPIRED);
    }

    @Test
    void resetLinkExpiresAfterOneHourAndStaysUnused() {
        var token = issue(PasswordResets.VALIDITY);

        assertThat(token.use(later(Duration.ofMinutes(61)))).isEqualTo(TokenOutcome.EXPIRED);
        assertThat(token.checkAt(later(Duration.ofMinutes(30)))).as("refusal changed nothing").isEqualTo(TokenOutcome.DONE);
    }

    @Test
    void tokenWorksOnce() {
        var token = issue(PasswordResets.VALIDITY);

        assertThat(token.use(later(Duration.ofMinutes(5)))).isEqualTo(TokenOutcome.DONE);
        assertThat(token.use(later(Duration.ofMinutes(6)))).isEqualTo(TokenOutcome.USED);
    }

    @Test
    void revokedTokenCountsAsUsed() {
        var token = issue(PasswordResets.VALIDITY);

        token.revoke(ISSUED.instant());

        assertThat(token.checkAt(later(Duration.ofMinutes(1)))).isEqualTo(TokenOutcome.USED);
    }

    @Test
    void onlyTheHashOfTheSecretIsKept() {
        var issued = AccountToken.issue(UUID.randomUUID(), AccountToken.Purpose.VERIFY_EMAIL, Duration.ofHours(1),
                ISSUED.instant());

        assertThat(issued.secret()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(SecretTokens.hash(issued.secret())).hasSize(64).isNotEqualTo(issued.secret());
    }

    private static AccountToken issue(Duration validity) {
        return AccountToken.issue(UUID.randomUUID(), AccountToken.Purpose.RESET_PASSWORD, validity, ISSUED.instant()).token();
    }

    private static Instant later(Duration duration) {
        return Clock.offset(ISSUED, duration).instant();
    }
}
