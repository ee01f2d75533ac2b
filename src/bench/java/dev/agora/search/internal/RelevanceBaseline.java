package dev.agora.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The CI floor (bench/results/relevance-baseline.properties): the served set-up's nDCG@10 on the test half, recorded
 * by a full run; {@code RelevanceSuite --check} fails when a run lands more than 0.03 below it.
 */
final class RelevanceBaseline {

    private static final Path FILE = Path.of("bench/results/relevance-baseline.properties");
    private static final double TOLERANCE = 0.03;

    private RelevanceBaseline() {}

    static boolean check(double now) throws IOException {
        Properties recorded = new Properties();
        try (var in = Files.newInputStream(FILE)) {
            recorded.load(in);
        }
        double floor = Double.parseDouble(recorded.getProperty("served.test.ndcg10")) - TOLERANCE;
        System.out.printf(Locale.ROOT, "Relevance check: served nDCG@10 on the test half %.3f, floor %.3f%n", now, floor);
        return now + 1e-9 >= floor;
    }

    static void record(double servedTest) throws IOException {
        Files.writeString(FILE, String.format(Locale.ROOT,
                "# written by RelevanceSuite: overall nDCG@10 of the served set-up on the test half (answerable queries)%n"
                + "# RelevanceSuite --check (bench profile, CI short mode) fails when a run lands more than 0.03 below%n"
                + "served.test.ndcg10=%.3f%n", servedTest));
    }
}
