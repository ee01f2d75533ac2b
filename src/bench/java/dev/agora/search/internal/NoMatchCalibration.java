package dev.agora.search.internal;

import dev.agora.search.internal.RelevanceRun.Retrieved;
import java.util.List;
import java.util.Locale;

/**
 * Calibrates the "no close match" thresholds on the tuning half: a query has no close match when no listing holds
 * all its words and its nearest vector is below the threshold of its kind (a thing named; a sentence, whose
 * similarities run lower: {@link NoCloseMatch#phrasedAsSentence}), exactly as {@link HybridRanking#fuse} decides it. Each threshold maximises
 * no-answer queries flagged minus twice the answerable queries hidden (hiding a real answer costs more than showing
 * look-alikes); among equally good thresholds the middle of the run (−1: never); then both counts are reported on the
 * test half.
 */
final class NoMatchCalibration {

    private NoMatchCalibration() {}

    /** Thresholds for queries naming a thing and for sentences, chosen on the tuning half. */
    static double[] calibrate(List<Retrieved> retrieved, SearchSettings.Semantic settings) {
        return new double[] {calibrate(retrieved, false, settings), calibrate(retrieved, true, settings)};
    }

    static boolean sentence(Retrieved r) {
        return NoCloseMatch.phrasedAsSentence(r.parsed().terms(), QueryRoute.of(r.parsed().terms()));
    }

    private static double calibrate(List<Retrieved> retrieved, boolean sentences, SearchSettings.Semantic settings) {
        List<Retrieved> some = retrieved.stream().filter(r -> sentence(r) == sentences).toList();
        int bestGain = 0;
        int from = -1;
        int to = -1;
        for (int i = 5; i <= 95; i++) {
            double threshold = i / 100.0;
            int[] tune = counts(some, "tune", settings.withThresholds(settings.fusionMinSimilarity(), threshold, threshold));
            int gain = tune[0] - 2 * tune[1];
            if (gain > bestGain) {
                bestGain = gain;
                from = i;
                to = i;
            } else if (gain == bestGain && to == i - 1 && from >= 0) {
                to = i;
            }
        }
        // the middle of the best run, not its lower end: as far from the tuning half's no-answer queries as from its
        // answerable ones (the lower end sits just above the most similar no-answer query)
        return from < 0 ? -1 : Math.round((from + to) / 2.0) / 100.0;
    }

    /** Flagged no-answer queries, hidden answerable queries, no-answer queries in all. */
    static int[] counts(List<Retrieved> retrieved, String split, SearchSettings.Semantic settings) {
        int[] counts = new int[3];
        for (Retrieved r : retrieved) {
            if (!r.query().split().equals(split)) {
                continue;
            }
            boolean flagged = HybridRanking.fuse(r.parsed(), r.keyword(), r.vector(), settings).noCloseMatch();
            if (!r.query().answerable()) {
                counts[2]++;
                counts[0] += flagged ? 1 : 0;
            } else if (flagged) {
                counts[1]++;
            }
        }
        return counts;
    }

    /** The queries that can be flagged (no keyword hit) with their best similarity, and the counts on both halves. */
    static String report(List<Retrieved> retrieved, FusionTuning.Tuned calibrated, SearchSettings.Semantic served) {
        SearchSettings.Semantic settings = calibrated.settings();
        StringBuilder md = new StringBuilder("## No close match\n\nA query is flagged when no listing holds all its "
                + "words and its best cosine similarity (neighbours above the set-up's floor) is below the threshold of its "
                + "kind: a thing named, or a sentence (four words or more, or a function word such as \"the\", \"my\", "
                + "\"für\"; NoCloseMatch). Queries without any keyword hit (the only ones that can be flagged), set-up: " + calibrated.label()
                + "\n\n| query | half | type | route | phrased as | best similarity |\n|---|---|---|---|---|---|\n");
        for (Retrieved r : retrieved) {
            if (r.keyword().isEmpty()) {
                double best = HybridRanking.fuse(r.parsed(), r.keyword(), r.vector(), settings).bestSimilarity();
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.3f |%n", r.query().text(),
                        r.query().split(), r.query().type(), QueryRoute.of(r.parsed().terms()),
                        sentence(r) ? "sentence" : "thing", best));
            }
        }
        int[] tune = counts(retrieved, "tune", settings);
        int[] test = counts(retrieved, "test", settings);
        int[] servedTest = counts(retrieved, "test", served);
        md.append(String.format(Locale.ROOT, "%nChosen on the tuning half: things named below %.2f, "
                + "sentences below %.2f (tuning half: %d of %d no-answer flagged, %d answerable hidden). **Test half: %d of %d "
                + "no-answer queries show \"no close match\", %d answerable queries hidden.** Served thresholds "
                + "(%.2f / %.2f) on the test half: %d of %d flagged, %d hidden.%n", settings.noMatchSimilarity(),
                settings.naturalLanguageNoMatchSimilarity(), tune[0], tune[2], tune[1], test[0], test[2], test[1],
                served.noMatchSimilarity(), served.naturalLanguageNoMatchSimilarity(), servedTest[0], servedTest[2],
                servedTest[1]));
        return md.toString();
    }
}
