package dev.agora.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads the newest Gatling report (target/gatling/&#42;/index.html) and writes req/s, p50/p95/p99 per
 * request and the ratio of each page to the baseline into bench/results/listings.md.
 */
public final class BenchReport {

    record Figures(long requests, long failed, double perSecond, long p50, long p95, long p99) {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "target/gatling");
        Path index;
        try (Stream<Path> files = Files.walk(root, 2)) {
            index = files.filter(p -> p.getFileName().toString().equals("index.html"))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("No Gatling report under " + root));
        }
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "30"));
        Map<String, Figures> figures = new LinkedHashMap<>();
        // the report's statistics table: one row per request name (Gatling 3.14 keeps no JSON stats)
        for (Element row : Jsoup.parse(index.toFile()).select("#container_statistics_body tr")) {
            String name = row.select(".ellipsed-name").text();
            if (name.startsWith("warm-up")) {
                continue; // perf (issue 4): not measured, see ListingPagesSimulation
            }
            long total = number(row, 2);
            // scenarios run one after the other, so a request's rate is its count over its own scenario's time
            figures.put(name, new Figures(total, number(row, 4), total / seconds, number(row, 8), number(row, 10),
                    number(row, 11)));
        }
        Figures baseline = figures.get("baseline robots.txt");
        StringBuilder md = new StringBuilder("# Listings benchmark\n\n")
                .append("Gatling run of ").append(Instant.now()).append(", report ").append(root.relativize(index.getParent()))
                .append(". Users: ").append(System.getProperty("bench.users", "8")).append(" concurrent, ")
                .append(System.getProperty("bench.seconds", "30")).append(" s per scenario, one scenario after the other.\n")
                .append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, shared with the load generator")
                .append(String.format("; load average (1 min) right after the run %.1f", java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(". Measured after the application's start-up work settled and a warm-up (see ListingPagesSimulation).\n\n")
                .append("| request | requests | failed | req/s | p50 ms | p95 ms | p99 ms | req/s vs baseline | p50 vs baseline |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        figures.forEach((name, f) -> md.append(String.format("| %s | %d | %d | %.1f | %d | %d | %d | %s | %s |%n", name,
                f.requests(), f.failed(), f.perSecond(), f.p50(), f.p95(), f.p99(),
                ratio(f.perSecond(), baseline == null ? 0 : baseline.perSecond()),
                ratio(f.p50(), baseline == null ? 0 : baseline.p50()))));
        Path out = Path.of("bench/results/listings.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println(md);
    }

    private static long number(Element row, int column) {
        String text = row.select("td.col-" + column).text().strip();
        return text.equals("-") || text.isEmpty() ? 0 : Math.round(Double.parseDouble(text));
    }

    private static String ratio(double value, double baseline) {
        return baseline <= 0 ? "–" : String.format("%.2f×", value / baseline);
    }
}
