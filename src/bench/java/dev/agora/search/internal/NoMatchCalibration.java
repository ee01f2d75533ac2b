package dev.agora.search.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Calibrates the "no close match" thresholds on the tuning half: a query has no close match when no listing holds
 * all its words and its nearest vector is below the threshold of its kind (keywords and model numbers; natural
 * language, whose similarities run lower). Each threshold maximises no-answer queries flagged minus twice the
 * answerable queries hidden (hiding a real answer costs more than showing look-alikes), the lowest such threshold on
 * ties (−1: never); then both counts are reported on the test half.
 */
final class NoMatchCalibration {

    private static final Set<QueryRoute> SHORT = Set.of(QueryRoute.KEYWORDS, QueryRoute.MODEL_NUMBER);
    private static final Set<QueryRoute> LONG = Set.of(QueryRoute.NATURAL_LANGUAGE);

    private NoMatchCalibration() {}

    static String report(List<RelevanceSuite.Retrieved> retrieved, double minimum, SearchSettings.Semantic served) {
        double shortThreshold = calibrate(retrieved, SHORT, minimum);
        double longThreshold = calibrate(retrieved, LONG, minimum);
        StringBuilder md = new StringBuilder("## No close match\n\nA query is flagged when no listing holds all its "
                + "words and its best cosine similarity (neighbours from " + minimum + " up) is below the threshold of its "
                + "kind. Queries without any keyword hit (the only ones that can be flagged):\n\n"
                + "| query | half | type | route | best similarity |\n|---|---|---|---|---|\n");
        for (RelevanceSuite.Retrieved r : retrieved) {
            if (r.keyword().isEmpty()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.3f |%n", r.query().text(), r.query().split(),
                        r.query().type(), QueryRoute.of(r.parsed().terms()), best(r, minimum)));
            }
        }
        int[] tune = counts(retrieved, "tune", minimum, shortThreshold, longThreshold);
        int[] test = counts(retrieved, "test", minimum, shortThreshold, longThreshold);
        int[] servedTest = counts(retrieved, "test", served.fusionMinSimilarity(), served.noMatchSimilarity(),
                served.naturalLanguageNoMatchSimilarity());
        md.append(String.format(Locale.ROOT, "%nChosen on the tuning half: keywords/model numbers below %.2f, natural "
                + "language below %.2f (tuning half: %d of %d no-answer flagged, %d answerable hidden). **Test half: %d of %d "
                + "no-answer queries show \"no close match\", %d answerable queries hidden.** Served thresholds "
                + "(%.2f / %.2f, min similarity %.1f) on the test half: %d of %d flagged, %d hidden.%n", shortThreshold,
                longThreshold, tune[0], tune[2], tune[1], test[0], test[2], test[1], served.noMatchSimilarity(),
                served.naturalLanguageNoMatchSimilarity(), served.fusionMinSimilarity(), servedTest[0], servedTest[2], servedTest[1]));
        return md.toString();
    }

    private static double calibrate(List<RelevanceSuite.Retrieved> retrieved, Set<QueryRoute> routes, double minimum) {
        double chosen = -1;
        int bestGain = 0;
        for (int i = 10; i <= 90; i++) {
            double threshold = i / 100.0;
            int[] tune = counts(retrieved.stream().filter(r -> routes.contains(QueryRoute.of(r.parsed().terms()))).toList(),
                    "tune", minimum, threshold, threshold);
            int gain = tune[0] - 2 * tune[1];
            if (gain > bestGain) {
                bestGain = gain;
                chosen = threshold;
            }
        }
        return chosen;
    }

    /** Flagged no-answer queries, hidden answerable queries, no-answer queries in all. */
    private static int[] counts(List<RelevanceSuite.Retrieved> retrieved, String split, double minimum,
            double shortThreshold, double longThreshold) {
        int[] counts = new int[3];
        for (RelevanceSuite.Retrieved r : retrieved) {
            if (!r.query().split().equals(split)) {
                continue;
            }
            double threshold = QueryRoute.of(r.parsed().terms()) == QueryRoute.NATURAL_LANGUAGE ? longThreshold : shortThreshold;
            boolean flagged = r.keyword().isEmpty() && best(r, minimum) < threshold;
            boolean noAnswer = r.query().type().equals("no-answer");
            if (noAnswer) {
                counts[2]++;
                if (flagged) {
                    counts[0]++;
                }
            } else if (flagged) {
                counts[1]++;
            }
        }
        return counts;
    }

    private static double best(RelevanceSuite.Retrieved r, double minimum) {
        return r.vector().stream().mapToDouble(ScoredHit::score).filter(s -> s >= minimum).max().orElse(-1);
    }
}
