package dev.agora.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import dev.agora.analytics.internal.AnalyticsSettings;
import dev.agora.analytics.internal.MarketHealth;
import dev.agora.analytics.internal.MarketProjection;
import dev.agora.analytics.internal.MetricQuery;
import dev.agora.analytics.internal.OrderFacts;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import dev.agora.kernel.money.Money;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.PlaceOrder;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The metrics and tax API and pages: bad ranges, who may read what, and the real order flow feeding the metrics. */
@IntegrationTest
class AnalyticsApiTests {

    static final String DEMO_PASSWORD = "agora-demo-2026";

    @LocalServerPort int port;
    @Autowired MarketProjection projection;
    @Autowired MarketHealth health;
    @Autowired AnalyticsSettings settings;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired OrderManagement orders;
    @Autowired Clock clock;

    ApiClient api() {
        return new ApiClient(port);
    }

    String token(String email, String password) {
        var response = api().postJson("/api/v1/auth/tokens", Map.of("email", email, "password", password, "scope", "read"));
        assertThat(response.statusCode()).isEqualTo(201);
        return ApiClient.bearer(ApiClient.body(response).get("token").asString());
    }

    @Test
    void operatorsGetTheSeriesAndAHundredYearRangeIsAClearProblem() {
        var api = api();
        String operator = token("operator@agora.test", DEMO_PASSWORD);
        var ok = api.get("/api/v1/admin/metrics?from=2025-01-01&to=2025-12-31", "Authorization", operator);
        assertThat(ok.statusCode()).isEqualTo(200);
        var body = ApiClient.body(ok);
        assertThat(body.get("charts").size()).isGreaterThanOrEqualTo(12);
        assertThat(body.get("query").get("from").asString()).isEqualTo("2025-01-01");

        var century = api.get("/api/v1/admin/metrics?from=1925-01-01&to=2025-01-01", "Authorization", operator);
        assertThat(century.statusCode()).isEqualTo(400);
        assertThat(century.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var error = ApiClient.body(century).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("from");
        assertThat(error.get("code").asString()).isEqualTo("analytics.range.too-long");
        assertThat(error.get("message").asString()).contains("36526 days").contains("at most 1830");

        var reversed = api.get("/api/v1/admin/metrics?from=2025-02-01&to=2025-01-01", "Authorization", operator);
        assertThat(reversed.statusCode()).isEqualTo(400);
        var garbage = api.get("/api/v1/admin/metrics?from=yesterday", "Authorization", operator);
        assertThat(ApiClient.body(garbage).get("errors").get(0).get("code").asString()).isEqualTo("analytics.date.invalid");

        var member = api.get("/api/v1/admin/metrics", "Authorization", ApiClient.bearer(api.newToken("read")));
        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/metrics").statusCode()).isEqualTo(401);
        String finance = token("finance@agora.test", DEMO_PASSWORD);
        assertThat(api.get("/api/v1/admin/metrics", "Authorization", finance).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/admin/metrics", "Authorization", token("moderator@agora.test", DEMO_PASSWORD))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theDashboardPageExplainsATooLongRangeAndExportsCsv() {
        var web = new WebClient(port);
        web.logIn("operator@agora.test", DEMO_PASSWORD);
        var century = web.get("/admin/analytics?from=1925-01-01&to=2025-01-01");
        assertThat(century.statusCode()).isEqualTo(400);
        assertThat(century.body()).contains("at most 1830 days").doesNotContain("class=\"chart\"");

        var page = web.get("/admin/analytics?from=2025-03-01&to=2025-03-31");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<svg").contains("role=\"img\"").contains("/admin/analytics/gmv.csv?from=2025-03-01");

        var csv = web.get("/admin/analytics/orders.csv?from=2025-03-01&to=2025-03-03");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("label,placed,paid\r\n2025-03-01,");
        assertThat(csv.body().split("\r\n")).hasSize(4);

        var member = new WebClient(port);
        member.logIn("buyer@agora.test", DEMO_PASSWORD);
        assertThat(member.get("/admin/analytics").statusCode()).isEqualTo(403);
    }

    @Test
    void aSellerDownloadsTheirOwnStatementButNotAnotherSellers() {
        String email = "tax-" + UUID.randomUUID() + "@example.org";
        String password = "correct horse battery staple tax";
        AccountId seller = identity.register(new SignUp(email, password, "Tax Seller"));
        UUID other = UUID.randomUUID();
        completedSale(seller.value(), "2025-06-01T10:00:00Z", "120.00");
        completedSale(seller.value(), "2025-07-01T10:00:00Z", "80.00");
        completedSale(other, "2025-07-01T10:00:00Z", "99.00");

        var api = api();
        String auth = token(email, password);
        var mine = api.get("/api/v1/me/tax/2025", "Authorization", auth);
        assertThat(mine.statusCode()).isEqualTo(200);
        var figures = ApiClient.body(mine).get("figures").get(0);
        assertThat(figures.get("transactions").asLong()).isEqualTo(2);
        assertThat(figures.get("gross").get("minorUnits").asLong()).isEqualTo(20000);
        assertThat(api.get("/api/v1/sellers/" + seller + "/tax/2025", "Authorization", auth).statusCode()).isEqualTo(200);

        var theirs = api.get("/api/v1/sellers/" + other + "/tax/2025", "Authorization", auth);
        assertThat(theirs.statusCode()).isEqualTo(403);
        assertThat(theirs.body()).doesNotContain("99.00").doesNotContain(":9900"); // the other seller's sale, in either form
        assertThat(api.get("/api/v1/sellers/" + other + "/tax/2025").statusCode()).isEqualTo(401);
        var operator = api.get("/api/v1/sellers/" + other + "/tax/2025", "Authorization", token("operator@agora.test", DEMO_PASSWORD));
        assertThat(ApiClient.body(operator).get("figures").get(0).get("transactions").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/me/tax/1900", "Authorization", auth).statusCode()).isEqualTo(400);

        var web = new WebClient(port);
        web.logIn(email, password);
        var page = web.get("/me/tax/2025");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("€200.00");
        var pdf = web.send(web.request("/me/tax/2025.pdf").GET().build());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    @Test
    void operatorsExportTheYearAsCsvAndPdf() {
        UUID big = UUID.randomUUID();
        for (int i = 0; i < 31; i++) {
            completedSale(big, "2024-03-0" + (1 + i % 9) + "T10:00:00Z", "10.00");
        }
        var web = new WebClient(port);
        web.logIn("operator@agora.test", DEMO_PASSWORD);
        var csv = web.get("/admin/tax/2024.csv?flagged=true");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("seller_id,seller,year,currency,gross_volume,transactions,flags\r\n")
                .contains(big + "," + big + ",2024,EUR,310.00,31,EU-DAC7");
        var pdf = web.send(web.request("/admin/tax/2024.pdf").GET().build());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(web.get("/admin/tax?year=2024").body()).contains("310.00").contains("EU-DAC7");
    }

    @Test
    void theRealOrderFlowFeedsTheMetrics() {
        AccountId seller = ListingFixtures.newSeller(identity);
        AccountId buyer = ListingFixtures.newSeller(identity);
        String city = "Flowtown-" + UUID.randomUUID().toString().substring(0, 8);
        var bike = ListingFixtures.bike("Flow bike " + UUID.randomUUID().toString().substring(0, 8));
        var draft = new dev.agora.listings.ListingDraft(bike.categorySlug(), bike.type(), bike.title(), bike.description(),
                bike.price(), bike.currency(), bike.priceUnit(), bike.condition(), city, bike.postalCode(), bike.latitude(),
                bike.longitude(), bike.courier(), bike.meetup(), bike.shipping(), bike.shippingFee(), bike.stock(),
                bike.minDuration(), bike.maxDuration(), bike.deposit(), bike.bookingMode(), bike.attributes(), bike.blockedDates());
        var listing = listings.publish(seller, listings.create(seller, draft).id());
        var order = orders.place(buyer, new PlaceOrder(listing.id(), 1, null, "4242 4242 4242 4242"));
        orders.transition(seller, false, order.id(), "hand-over");
        orders.transition(buyer, false, order.id(), "confirm-delivery");
        orders.transition(buyer, false, order.id(), "complete");

        LocalDate today = LocalDate.now(clock);
        var query = MetricQuery.parse(today.minusDays(1).toString(), today.plusDays(1).toString(), null, city, "EUR",
                today, settings);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var s = health.report(query).summary();
            assertThat(s.listingsPublished()).isEqualTo(1);
            assertThat(s.ordersPlaced()).isEqualTo(1);
            assertThat(s.ordersCompleted()).isEqualTo(1);
            assertThat(s.gmv()).isEqualTo(Money.of("368.00", "EUR"));
            assertThat(s.revenue()).isEqualTo(order.quote().commission().plus(order.quote().platformFee()));
            assertThat(s.listingsTransactedIn30Days()).isEqualTo(1);
            assertThat(s.activeBuyers()).isEqualTo(1);
        });
    }

    private void completedSale(UUID seller, String at, String gross) {
        var facts = new OrderFacts(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), seller, "bikes", "Taxtown", false,
                Money.of(gross, "EUR"), Money.of("0.00", "EUR"), Money.of(gross, "EUR"), java.time.Instant.parse(at));
        projection.orderCompleted("completed:" + facts.orderId(), facts, java.time.Instant.parse(at));
    }
}
