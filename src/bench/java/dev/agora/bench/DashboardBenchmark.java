package dev.agora.bench;

import dev.agora.AgoraApplication;
import dev.agora.WebClient;
import dev.agora.analytics.internal.AnalyticsSettings;
import dev.agora.analytics.internal.MarketHealth;
import dev.agora.analytics.internal.MetricQuery;
import dev.agora.analytics.internal.RollupSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long {@code /admin/analytics} takes to render over 100,000 orders (issue 10). Starts the application in this JVM
 * on an in-memory H2 database, fills the analytics tables with the rollups 100,000 orders over five years produce
 * (same attribution rules as {@code MarketProjection}, daily and monthly, written in batches), then times whole page
 * renders over HTTP, and the report alone from the monthly and from the daily rollups. Writes
 * bench/results/analytics.md. Run by {@code ./mvnw -Pbench verify}; {@code -Dbench.seconds=5} (as .ci/run does) is a
 * short smoke run with 10,000 orders and fewer repetitions.
 *
 * <p>System properties: {@code bench.seconds} (30), {@code bench.analytics.orders} (100,000; 10,000 in short mode),
 * {@code bench.out} (bench/results/analytics.md).
 */
public final class DashboardBenchmark {

    static final String[] CATEGORIES = {"bikes", "camping-gear", "lessons", "electronics", "furniture", "books", "tools", "cars"};
    static final LocalDate FIRST = LocalDate.of(2021, 12, 1);
    static final int DAYS = 1826; // 2021-12-01 .. 2026-11-30

    public static void main(String[] args) throws Exception {
        boolean quick = Integer.getInteger("bench.seconds", 30) <= 5;
        int orders = Integer.getInteger("bench.analytics.orders", quick ? 10_000 : 100_000);
        int warmUps = quick ? 1 : 2;
        int timed = quick ? 3 : 7;
        Path out = Path.of(System.getProperty("bench.out", "bench/results/analytics.md"));
        Path data = Files.createTempDirectory("agora-bench-analytics");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(AgoraApplication.class).run(OrdersBenchmark.arguments(Map.of(
                "spring.datasource.url", "jdbc:h2:mem:bench-analytics;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "server.port", "0",
                "agora.demo.enabled", "true", // the staff accounts; one demo listing keeps the start short
                "agora.listings.demo-listings", "1",
                "agora.data-dir", data.toString(),
                "spring.jpa.properties.hibernate.search.backend.directory.type", "local-heap",
                "logging.level.root", "WARN")));
        try {
            var jdbc = app.getBean(JdbcTemplate.class);
            long seedStart = System.nanoTime();
            seed(jdbc, orders);
            long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "0"));
            var web = new WebClient(port);
            web.logIn("operator@agora.test", "agora-demo-2026");
            LocalDate last = FIRST.plusDays(DAYS - 1);
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("5 years, all categories and cities (monthly points)", "/admin/analytics?from=" + FIRST + "&to=" + last);
            pages.put("1 year, all (weekly points)", "/admin/analytics?from=" + last.minusDays(364) + "&to=" + last);
            pages.put("90 days, all (daily points)", "/admin/analytics?from=" + last.minusDays(89) + "&to=" + last);
            pages.put("5 years, one category and city", "/admin/analytics?from=" + FIRST + "&to=" + last + "&category=bikes&city=City-3");
            var table = new StringBuilder();
            for (var page : pages.entrySet()) {
                long[] millis = time(warmUps, timed, () -> {
                    var response = web.get(page.getValue());
                    if (response.statusCode() != 200 || !response.body().contains("class=\"chart\"")) {
                        throw new IllegalStateException(page.getValue() + " answered " + response.statusCode());
                    }
                    return response;
                });
                table.append(row(page.getKey(), millis));
            }
            var health = app.getBean(MarketHealth.class);
            var settings = app.getBean(AnalyticsSettings.class);
            var fiveYears = MetricQuery.parse(FIRST.toString(), last.toString(), null, null, "EUR", last, settings);
            var reports = new StringBuilder();
            reports.append(row("monthly rollups for whole months (what the page uses)", time(warmUps, timed, () -> health.report(fiveYears, RollupSource.AUTO))));
            reports.append(row("daily rollups only", time(warmUps, timed, () -> health.report(fiveYears, RollupSource.DAILY))));
            if (!health.report(fiveYears, RollupSource.AUTO).equals(health.report(fiveYears, RollupSource.DAILY))) {
                throw new IllegalStateException("monthly and daily rollups disagree");
            }

            String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            long daily = count(jdbc, "analytics_daily") + count(jdbc, "analytics_daily_money") + count(jdbc, "analytics_pair_day");
            long monthly = count(jdbc, "analytics_monthly") + count(jdbc, "analytics_monthly_money") + count(jdbc, "analytics_pair_month");
            String text = """
                    # Analytics benchmark: the market-health dashboard over %,d orders

                    Measured by `dev.agora.bench.DashboardBenchmark` (`./mvnw -Pbench verify`%s) on the shared 2-core
                    build machine: the application in one JVM, H2 in memory, JDK %s. The analytics tables hold the rollups
                    of %,d orders over five years (%d categories, 25 cities, 2,000 sellers, 6,000 buyers, 90 %% paid):
                    %,d daily and %,d monthly rollup rows, seeded in %,d ms. Each figure is a whole page render over HTTP
                    (login session, 12 SVG charts, cohort and LTV tables), %d warm-up requests then %d timed ones. Load
                    average while measuring: %s (other builds ran on the same 2 cores, so these are upper bounds).

                    | page | median | fastest | slowest |
                    |---|---|---|---|
                    %s
                    The five-year report alone (no HTTP, no rendering), from the monthly rollups for whole months and
                    the daily ones for partial months at the edges, against the daily rollups only (same figures):

                    | source | median | fastest | slowest |
                    |---|---|---|---|
                    %s
                    The page never reads the orders: it runs range queries over the rollups and the cohort tables; the
                    cost grows with the rollup rows in the range (periods × categories × cities with activity, and
                    buyer–seller pairs per period), not with the number of orders behind them.
                    """.formatted(orders, quick ? " -Dbench.seconds=5, short mode" : "", System.getProperty("java.version"),
                    orders, CATEGORIES.length, daily, monthly, seedMillis, warmUps, timed, load, table, reports);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, text);
            System.out.println(text);
        } finally {
            app.close();
        }
    }

    private static long[] time(int warmUps, int timed, Supplier<?> action) {
        for (int i = 0; i < warmUps; i++) {
            action.get();
        }
        long[] millis = new long[timed];
        for (int i = 0; i < timed; i++) {
            long start = System.nanoTime();
            action.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static String row(String name, long[] millis) {
        return "| " + name + " | " + millis[millis.length / 2] + " ms | " + millis[0] + " ms | " + millis[millis.length - 1] + " ms |\n";
    }

    private static long count(JdbcTemplate jdbc, String table) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }

    private static void seed(JdbcTemplate jdbc, int orders) {
        var random = new Random(42);
        Map<String, long[]> daily = new HashMap<>();   // placed, paid, completed, cancelled
        Map<String, long[]> money = new HashMap<>();   // gmv, completed gmv, revenue
        Map<String, long[]> pairs = new HashMap<>();
        UUID[] sellers = ids(2000);
        UUID[] buyers = ids(6000);
        for (int i = 0; i < orders; i++) {
            int day = random.nextInt(DAYS);
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            String city = "City-" + random.nextInt(25);
            UUID buyer = buyers[random.nextInt(buyers.length)];
            UUID seller = sellers[random.nextInt(sellers.length)];
            long total = 1000 + random.nextInt(30000);
            long fees = total / 7;
            boolean cancelled = random.nextInt(10) == 0;
            String placed = FIRST.plusDays(day) + "|" + category + "|" + city;
            long[] d = daily.computeIfAbsent(placed, k -> new long[4]);
            d[0]++;
            if (cancelled) {
                d[3]++;
                continue;
            }
            d[1]++;
            money.computeIfAbsent(placed, k -> new long[3])[0] += total;
            pairs.computeIfAbsent(placed + "|" + buyer + "|" + seller, k -> new long[1])[0]++;
            if (day + 3 < DAYS) {
                String completed = FIRST.plusDays(day + 3) + "|" + category + "|" + city;
                daily.computeIfAbsent(completed, k -> new long[4])[2]++;
                long[] m = money.computeIfAbsent(completed, k -> new long[3]);
                m[1] += total;
                m[2] += fees;
            }
        }
        List<Object[]> rows = new ArrayList<>();
        daily.forEach((key, v) -> rows.add(new Object[] {day(key), part(key, 1), part(key, 2), v[0], v[1], v[2], v[3],
            v[1] / 2, v[1] / 3, v[1] * 40, v[1] / 3, v[1] / 50, v[1] / 40}));
        jdbc.batchUpdate("""
                INSERT INTO analytics_daily (metric_day, category, city, orders_placed, orders_paid, orders_completed,
                    orders_cancelled, listings_published, listings_transacted_30d, listing_views, checkouts_started, reports, disputes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        rows.clear();
        money.forEach((key, v) -> rows.add(new Object[] {day(key), part(key, 1), part(key, 2), "EUR", v[0], v[1], v[2]}));
        jdbc.batchUpdate("""
                INSERT INTO analytics_daily_money (metric_day, category, city, currency, gmv_minor, completed_gmv_minor, revenue_minor)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
        rows.clear();
        pairs.forEach((key, v) -> rows.add(new Object[] {day(key), part(key, 1), part(key, 2), UUID.fromString(part(key, 3)),
            UUID.fromString(part(key, 4)), v[0]}));
        jdbc.batchUpdate("""
                INSERT INTO analytics_pair_day (metric_day, category, city, buyer_id, seller_id, paid_orders)
                VALUES (?, ?, ?, ?, ?, ?)""", rows);
        rows.clear();
        // the monthly rollups are the sums of their days (what MetricTables maintains event by event)
        jdbc.update("""
                INSERT INTO analytics_monthly (metric_month, category, city, orders_placed, orders_paid, orders_completed,
                    orders_cancelled, listings_published, listings_transacted_30d, listing_views, checkouts_started, reports, disputes)
                SELECT CAST(DATE_TRUNC('MONTH', metric_day) AS DATE), category, city, SUM(orders_placed), SUM(orders_paid),
                    SUM(orders_completed), SUM(orders_cancelled), SUM(listings_published), SUM(listings_transacted_30d),
                    SUM(listing_views), SUM(checkouts_started), SUM(reports), SUM(disputes)
                FROM analytics_daily GROUP BY CAST(DATE_TRUNC('MONTH', metric_day) AS DATE), category, city""");
        jdbc.update("""
                INSERT INTO analytics_monthly_money (metric_month, category, city, currency, gmv_minor, completed_gmv_minor, revenue_minor)
                SELECT CAST(DATE_TRUNC('MONTH', metric_day) AS DATE), category, city, currency, SUM(gmv_minor),
                    SUM(completed_gmv_minor), SUM(revenue_minor)
                FROM analytics_daily_money GROUP BY CAST(DATE_TRUNC('MONTH', metric_day) AS DATE), category, city, currency""");
        jdbc.update("""
                INSERT INTO analytics_pair_month (metric_month, category, city, buyer_id, seller_id, paid_orders)
                SELECT CAST(DATE_TRUNC('MONTH', metric_day) AS DATE), category, city, buyer_id, seller_id, SUM(paid_orders)
                FROM analytics_pair_day GROUP BY CAST(DATE_TRUNC('MONTH', metric_day) AS DATE), category, city, buyer_id, seller_id""");
        UUID operator = UUID.randomUUID();
        for (int month = 0; month < 60; month++) {
            LocalDate cohort = FIRST.withDayOfMonth(1).plusMonths(month);
            for (String side : new String[] {"SUPPLY", "DEMAND"}) {
                for (int after = 0; after <= Math.min(6, 59 - month); after++) {
                    rows.add(new Object[] {side, cohort, after, 100 - after * 9});
                }
            }
            jdbc.update("INSERT INTO analytics_cohort_revenue (cohort_month, currency, revenue_minor) VALUES (?, 'EUR', ?)",
                    cohort, 150_000 + month * 1000);
            jdbc.update("""
                    INSERT INTO analytics_acquisition_cost (cost_month, channel, city, currency, amount_minor, entered_by, entered_at, reason)
                    VALUES (?, '-', '-', 'EUR', ?, ?, CURRENT_TIMESTAMP, 'benchmark')""", cohort, 1200 + month * 10, operator);
        }
        jdbc.batchUpdate("INSERT INTO analytics_cohort (side, cohort_month, months_after, members) VALUES (?, ?, ?, ?)", rows);
    }

    private static UUID[] ids(int n) {
        UUID[] ids = new UUID[n];
        for (int i = 0; i < n; i++) {
            ids[i] = UUID.randomUUID();
        }
        return ids;
    }

    private static LocalDate day(String key) {
        return LocalDate.parse(part(key, 0));
    }

    private static String part(String key, int index) {
        return key.split("\\|")[index];
    }
}
