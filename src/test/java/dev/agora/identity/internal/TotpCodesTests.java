package dev.agora.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpCodesTests {

    static final String SECRET = TotpCodes.newSecret();
    static final Instant NOW = Instant.parse("2026-11-30T10:00:10Z");
    static final long STEP = NOW.getEpochSecond() / 30;

    @Test
    void acceptsTheCurrentCodeAndOneStepEitherSide() {
        assertThat(TotpCodes.matchingStep(SECRET, TotpCodes.code(SECRET, STEP), NOW)).hasValue(STEP);
        assertThat(TotpCodes.matchingStep(SECRET, TotpCodes.code(SECRET, STEP - 1), NOW)).hasValue(STEP - 1);
        assertThat(TotpCodes.matchingStep(SECRET, TotpCodes.code(SECRET, STEP + 1), NOW)).hasValue(STEP + 1);
    }

    @Test
    void refusesOlderCodesAndNonsense() {
        assertThat(TotpCodes.matchingStep(SECRET, TotpCodes.code(SECRET, STEP - 3), NOW)).isEmpty();
        assertThat(TotpCodes.matchingStep(SECRET, "12ab56", NOW)).isEmpty();
    }
}
