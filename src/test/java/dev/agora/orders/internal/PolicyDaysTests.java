package dev.agora.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Cancellation-policy days are days of the market's calendar (Europe/Berlin): "a day before" is the same local time
 * the day before, 23 hours across the spring DST change and 25 across the autumn one; deadlines at local midnight.
 */
class PolicyDaysTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aDayBeforeAStartAfterTheSpringChangeIs23Hours() {
        Instant start = Instant.parse("2027-03-28T08:00:00Z"); // 10:00 summer time, the day clocks go forward
        Instant dayBefore = Instant.parse("2027-03-27T09:00:00Z"); // 10:00 winter time the day before: 23 h earlier
        assertThat(RefundShares.policyShare("FLEXIBLE", start, dayBefore, BERLIN)).isEqualTo(10_000);
        assertThat(RefundShares.policyShare("FLEXIBLE", start, dayBefore.plusSeconds(1), BERLIN)).isEqualTo(5_000);
    }

    @Test
    void aDayBeforeAStartAfterTheAutumnChangeIs25Hours() {
        Instant start = Instant.parse("2027-10-31T09:00:00Z"); // 10:00 winter time, the day clocks go back
        Instant dayBefore = Instant.parse("2027-10-30T08:00:00Z"); // 10:00 summer time the day before: 25 h earlier
        assertThat(RefundShares.policyShare("MODERATE", start, dayBefore, BERLIN)).isEqualTo(5_000);
        // 24.5 h before is already past the local day-before mark: nothing back under MODERATE
        assertThat(RefundShares.policyShare("MODERATE", start, Instant.parse("2027-10-30T08:30:00Z"), BERLIN)).isZero();
    }

    @Test
    void aStartAtLocalMidnightCountsWholeMarketDays() {
        Instant start = Instant.parse("2027-01-09T23:00:00Z"); // 10 January 00:00 in Berlin
        Instant fiveDaysBefore = Instant.parse("2027-01-04T23:00:00Z"); // 5 January 00:00 in Berlin
        assertThat(RefundShares.policyShare("MODERATE", start, fiveDaysBefore, BERLIN)).isEqualTo(10_000);
        assertThat(RefundShares.policyShare("MODERATE", start, fiveDaysBefore.plusSeconds(60), BERLIN)).isEqualTo(5_000);
        assertThat(RefundShares.policyShare("STRICT", start, Instant.parse("2027-01-02T23:00:00Z"), BERLIN)).isEqualTo(5_000);
        assertThat(RefundShares.policyShare("STRICT", start, start.plusSeconds(1), BERLIN)).isZero();
        assertThat(RefundShares.policyShare(null, start, start, BERLIN)).isEqualTo(10_000);
    }
}
