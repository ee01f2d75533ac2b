package dev.agora.messaging.internal.leakage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures the detector on the labelled corpus (English and German marketplace chat, hard negatives such
 * as prices, dates, sizes, model numbers and street numbers) and writes the figures into docs/messaging.md.
 */
class LeakageCorpusTests {

    record Sample(boolean leak, String message) {}

    private final LeakageDetector detector = new LeakageDetector();

    @Test
    void detectsAtLeast95PercentOfLeaksWithAtMost2PercentFalsePositives() throws IOException {
        List<Sample> corpus = corpus();
        int positives = 0, negatives = 0, truePositives = 0, falsePositives = 0;
        List<String> missed = new ArrayList<>();
        List<String> wronglyFlagged = new ArrayList<>();
        for (Sample sample : corpus) {
            boolean flagged = detector.scan(sample.message()).found();
            if (sample.leak()) {
                positives++;
                if (flagged) truePositives++; else missed.add(sample.message());
            } else {
                negatives++;
                if (flagged) {
                    falsePositives++;
                    wronglyFlagged.add(sample.message() + " -> " + detector.scan(sample.message()).masked());
                }
            }
        }
        double recall = 100.0 * truePositives / positives;
        double falsePositiveRate = 100.0 * falsePositives / negatives;
        double precision = 100.0 * truePositives / (truePositives + falsePositives);
        String figures = String.format(Locale.ROOT,
                "corpus %d messages (%d leaks, %d clean): recall %.1f %% (%d/%d), false positives %.1f %% (%d/%d), precision %.1f %%",
                corpus.size(), positives, negatives, recall, truePositives, positives, falsePositiveRate,
                falsePositives, negatives, precision);
        System.out.println(figures);
        missed.forEach(m -> System.out.println("missed: " + m));
        wronglyFlagged.forEach(m -> System.out.println("false positive: " + m));
        writeFigures(figures);

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        assertThat(recall).as("recall; missed: %s", missed).isGreaterThanOrEqualTo(95.0);
        assertThat(falsePositiveRate).as("false positives: %s", wronglyFlagged).isLessThanOrEqualTo(2.0);
    }

    private static List<Sample> corpus() throws IOException {
        try (InputStream in = LeakageCorpusTests.class.getResourceAsStream("/messaging/leakage-corpus.tsv")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t", 2))
                    .map(parts -> new Sample(parts[0].equals("leak"), parts[1]))
                    .toList();
        }
    }

    /** Keeps the figures in the docs current: replaces the line between the markers. */
    private static void writeFigures(String figures) throws IOException {
        Path docs = Path.of("docs/messaging.md");
        if (!Files.exists(docs)) {
            return;
        }
        String text = Files.readString(docs);
        String start = "<!-- leakage-figures -->", end = "<!-- /leakage-figures -->";
        int from = text.indexOf(start), to = text.indexOf(end);
        if (from >= 0 && to > from) {
            Files.writeString(docs, text.substring(0, from + start.length()) + "\n" + figures + "\n" + text.substring(to));
        }
    }
}
