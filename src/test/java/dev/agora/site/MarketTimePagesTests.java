package dev.agora.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.time.MarketTime;
import dev.agora.listings.ListingManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.reviews.ReviewFixtures;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages show instants in the market's time zone, whichever zone the server runs in. */
@IntegrationTest
class MarketTimePagesTests {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired OrderManagement orders;
    @Autowired MarketTime market;
    @LocalServerPort int port;

    @Test
    void theOperatorsOrderListShowsThePlacingTimeInTheMarketsZone() {
        OrderView order = ReviewFixtures.paidOrder(identity, listings, orders).order();
        String marketTime = SHOWN.format(order.placedAt().atZone(market.zone()));
        String utcTime = SHOWN.format(order.placedAt().atZone(ZoneOffset.UTC));
        assertThat(marketTime).as("the test needs a market zone other than UTC").isNotEqualTo(utcTime);

        var operator = new WebClient(port);
        operator.logIn("operator@agora.test", "agora-demo-2026");
        String list = operator.get("/admin/orders?q=" + order.id()).body();
        String page = operator.get("/admin/orders/" + order.id()).body();

        assertThat(list).contains(marketTime).doesNotContain(utcTime);
        assertThat(page).contains(marketTime).doesNotContain(utcTime);
    }
}
