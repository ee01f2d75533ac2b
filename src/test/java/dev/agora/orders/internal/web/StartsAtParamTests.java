package dev.agora.orders.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.kernel.time.MarketTime;
import dev.agora.kernel.validation.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The checkout form's start is a market time (Europe/Berlin), never UTC; a date alone starts at local midnight. */
class StartsAtParamTests {

    final MarketTime market = new MarketTime(ZoneId.of("Europe/Berlin"), Clock.systemUTC());

    @Test
    void aDatetimeLocalIsReadInTheMarketsZone() {
        assertThat(StartsAtParam.parse("2026-12-20T23:30", market)).isEqualTo(Instant.parse("2026-12-20T22:30:00Z"));
        assertThat(StartsAtParam.parse("2027-03-28T02:30", market)).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
        assertThat(StartsAtParam.format(Instant.parse("2026-12-20T22:30:00Z"), market)).isEqualTo("2026-12-20T23:30");
    }

    @Test
    void aDateAloneStartsAtLocalMidnight() {
        assertThat(StartsAtParam.parse("2026-12-21", market)).isEqualTo(Instant.parse("2026-12-20T23:00:00Z"));
        assertThat(StartsAtParam.parse(" ", market)).isNull();
    }

    @Test
    void somethingElseNamesTheField() {
        assertThatThrownBy(() -> StartsAtParam.parse("tomorrow", market)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().getFirst().field()).isEqualTo("startsAt"));
    }
}
