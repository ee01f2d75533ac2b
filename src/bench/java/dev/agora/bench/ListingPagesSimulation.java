package dev.agora.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The listing page and a category page against a trivial endpoint of the same app (robots.txt, a constant
 * string) as baseline, one after the other with the same number of concurrent users. Listing URLs come from
 * the sitemap, so every request renders a real published listing. Run with {@code ./mvnw -Pbench verify}.
 */
public class ListingPagesSimulation extends Simulation {

    static final String BASE = System.getProperty("bench.baseUrl", "http://localhost:8080");
    static final int USERS = Integer.getInteger("bench.users", 8);
    static final Duration DURATION = Duration.ofSeconds(Long.getLong("bench.seconds", 30));

    final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8").disableCaching();

    final ScenarioBuilder baseline = scenario("baseline").exec(http("baseline robots.txt").get("/robots.txt").check(status().is(200)));
    final ScenarioBuilder listing = scenario("listing page").feed(listingPaths())
            .exec(http("listing page").get("#{path}").check(status().is(200)));
    final ScenarioBuilder category = scenario("category page")
            .exec(http("category page").get("/c/bikes").check(status().is(200)));

    {
        setUp(baseline.injectClosed(constantConcurrentUsers(USERS).during(DURATION))
                .andThen(listing.injectClosed(constantConcurrentUsers(USERS).during(DURATION)))
                .andThen(category.injectClosed(constantConcurrentUsers(USERS).during(DURATION))))
                .protocols(protocol);
    }

    /** Published listing paths from the sitemap, endlessly repeated. */
    static Iterator<Map<String, Object>> listingPaths() {
        List<String> paths = new ArrayList<>();
        try (HttpClient client = HttpClient.newHttpClient()) {
            String sitemap = client.send(HttpRequest.newBuilder(URI.create(BASE + "/sitemaps/listings-1.xml")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var matcher = Pattern.compile("<loc>[^<]*?(/l/[^<]+)</loc>").matcher(sitemap);
            while (matcher.find()) {
                paths.add(matcher.group(1));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the sitemap of " + BASE, e);
        }
        if (paths.isEmpty()) {
            throw new IllegalStateException("No published listings at " + BASE + " (is demo data on?)");
        }
        return Stream.iterate(0, i -> (i + 1) % paths.size()).map(i -> Map.<String, Object>of("path", paths.get(i))).iterator();
    }
}
