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
    // perf (issue 4): a few seconds of both pages first, so the measured scenarios meet compiled code, not the
    // interpreter (BenchReport leaves "warm-up" rows out)
    static final Duration WARM_UP = Duration.ofSeconds(Math.min(10, Math.max(3, DURATION.toSeconds())));
    final ScenarioBuilder warmUp = scenario("warm-up").feed(listingPaths())
            .exec(http("warm-up listing page").get("#{path}"))
            .exec(http("warm-up category page").get("/c/bikes"));

    {
        setUp(warmUp.injectClosed(constantConcurrentUsers(USERS).during(WARM_UP))
                .andThen(baseline.injectClosed(constantConcurrentUsers(USERS).during(DURATION)))
                .andThen(listing.injectClosed(constantConcurrentUsers(USERS).during(DURATION)))
                .andThen(category.injectClosed(constantConcurrentUsers(USERS).during(DURATION))))
                .protocols(protocol);
    }

    /**
     * perf (issue 4): the application is ready before its start-up work is done (the search module fills its index
     * and embeds the demo listings in the background, about 10 s of CPU). Measuring then compares that work with
     * the pages, so wait until the application's own CPU use has settled (at most three minutes).
     */
    @Override
    public void before() {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int quiet = 0;
        try (HttpClient client = HttpClient.newHttpClient()) {
            while (quiet < 3 && System.nanoTime() < until) {
                Thread.sleep(1_000);
                double usage = processCpuUsage(client);
                quiet = usage >= 0 && usage < 0.15 ? quiet + 1 : 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println("Application idle, start-up work done: measuring");
    }

    /** The application's recent CPU use (0..1 of all cores) from its Prometheus endpoint; -1 when unknown. */
    static double processCpuUsage(HttpClient client) {
        try {
            String metrics = client.send(HttpRequest.newBuilder(URI.create(BASE + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var matcher = Pattern.compile("(?m)^process_cpu_usage(?:\\{[^}]*\\})? ([0-9.eE+-]+)").matcher(metrics);
            return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
        } catch (Exception e) {
            return -1;
        }
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
