package dev.agora.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.PostgresTest;
import dev.agora.analytics.internal.AnalyticsSettings;
import dev.agora.analytics.internal.MetricQuery;
import dev.agora.analytics.internal.SearchDemand;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * search-edges (issue 12) on PostgreSQL, which refuses NUL in text: NUL and control characters, emoji, malformed
 * UTF-8 and a Greek word never reach the database as such; the search log and analytics' search rollup take the
 * Greek query.
 */
@PostgresTest
class SearchBadInputOnPostgresTests {

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired SearchDemand demand;
    @Autowired AnalyticsSettings settings;
    @Autowired Clock clock;
    @LocalServerPort int port;

    @Test
    void badTextIsAProblemAndOtherScriptsAreFoundAndCountedOnPostgres() {
        ApiClient api = new ApiClient(port);
        AccountId seller = ListingFixtures.newSeller(identity);
        ListingView tent = listings.publish(seller, listings.create(seller, ListingFixtures.tent("Ορειβατική σκηνή Vaude")).id());
        String mine = "/api/v1/search?seller=" + seller + "&q=";
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get(mine + enc("σκηνή\u0000\u0007")).body().contains(tent.id().toString()));
        assertThat(api.get(mine + enc("\u0000")).statusCode()).isEqualTo(400);
        assertThat(api.get(mine + enc("🏕️🚲")).statusCode()).isEqualTo(400);
        assertThat(api.get(mine + "%ED%A0%80").statusCode()).isEqualTo(400);
        assertThat(api.get(mine + enc("𠀋".repeat(1000) + " σκηνή")).statusCode()).isEqualTo(200);
        assertThat(api.get("/search?q=" + enc("\u0000🏕️")).body()).contains("Nothing to search for.");
        // words of letters outside the BMP, so long that the search log cuts the text where a pair would split
        StringBuilder longWords = new StringBuilder("ab");
        for (int word = 0; word < 6; word++) {
            longWords.append(' ').append(Character.toString(0x2000B + word).repeat(40));
        }
        assertThat(api.get(mine + enc(longWords.toString())).statusCode()).isEqualTo(200);

        LocalDate today = LocalDate.now(clock);
        var query = MetricQuery.parse(today.toString(), today.toString(), null, null, null, today, settings);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> demand.report(query).topQueries().stream()
                .anyMatch(q -> q.query().equals("σκηνή")));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
