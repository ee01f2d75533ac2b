package dev.agora.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The market's one time zone: local times around DST changes and midnight become the instants members mean. */
class MarketTimeTests {

    final MarketTime berlin = new MarketTime(ZoneId.of("Europe/Berlin"),
            Clock.fixed(Instant.parse("2027-03-27T23:30:00Z"), ZoneOffset.UTC));

    @Test
    void aLocalTimeIsTheMarketsNotUtc() {
        assertThat(berlin.instantOf(LocalDateTime.parse("2027-01-15T10:00"))).isEqualTo(Instant.parse("2027-01-15T09:00:00Z"));
        assertThat(berlin.instantOf(LocalDateTime.parse("2027-07-15T10:00"))).isEqualTo(Instant.parse("2027-07-15T08:00:00Z"));
    }

    @Test
    void aTimeTheSpringChangeSkipsMovesForwardByTheGap() {
        // 02:30 does not exist on 28 March 2027 in Berlin: it is 03:30 summer time
        assertThat(berlin.instantOf(LocalDateTime.parse("2027-03-28T02:30"))).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
    }

    @Test
    void aTimeTheAutumnChangeRepeatsIsTheFirstOne() {
        assertThat(berlin.instantOf(LocalDateTime.parse("2027-10-31T02:30"))).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
    }

    @Test
    void daysStartAtLocalMidnightAndTodayIsTheMarketsDay() {
        assertThat(berlin.startOf(LocalDate.parse("2027-03-28"))).isEqualTo(Instant.parse("2027-03-27T23:00:00Z"));
        assertThat(berlin.startOf(LocalDate.parse("2027-03-29"))).isEqualTo(Instant.parse("2027-03-28T22:00:00Z"));
        // 23:30 UTC on the 27th is already the 28th in Berlin
        assertThat(berlin.today()).isEqualTo(LocalDate.parse("2027-03-28"));
        assertThat(berlin.dayOf(Instant.parse("2027-03-27T22:59:59Z"))).isEqualTo(LocalDate.parse("2027-03-27"));
        assertThat(berlin.dayOf(Instant.parse("2027-03-27T23:00:00Z"))).isEqualTo(LocalDate.parse("2027-03-28"));
    }
}
