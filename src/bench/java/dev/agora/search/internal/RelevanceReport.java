package dev.agora.search.internal;

import dev.agora.search.internal.RelevanceCorpus.Query;
import dev.agora.search.internal.RelevanceScores.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The model comparison and bootstrap sections of bench/results/relevance.md. */
final class RelevanceReport {

    private RelevanceReport() {}

    /**
     * One line per model: what it costs (per listing text, per uncached query) and what it scores alone and fused.
     * {@code servedNames}: keywords, vectors, RRF, weighted, routed, routed + no match, routed keeping the served
     * minimum + no match, served before (main's no-match rule), served; {@code otherNames}:
     * vectors, routed, routed + no match.
     */
    static String models(List<Query> queries, RelevanceRun.Result served, List<RelevanceRun.Result> others,
            Map<String, Map<String, Score>> all, List<String> servedNames, Map<String, List<String>> otherNames) {
        StringBuilder md = new StringBuilder("## Embedding models\n\nEach packaged model in an application of its own "
                + "(same corpus, same keyword side); its settings chosen on the tuning half. Costs are in process on the "
                + "shared 2-core machine (load average 1/5/15 min given), query embedding without the query cache. "
                + "nDCG@10 of answerable queries, tuning / test half; no-answer: test queries showing \"no close match\".\n\n"
                + "| model | ms per listing text | query embedding ms mean / p50 / p99 | load | vectors alone | routed fusion "
                + "| routed + no close match | no-answer (test) |\n|---|---|---|---|---|---|---|---|\n");
        md.append(line(queries, served, all, servedNames.get(1), servedNames.get(4), servedNames.get(5)));
        for (RelevanceRun.Result other : others) {
            List<String> names = otherNames.get(other.model().id());
            md.append(line(queries, other, all, names.get(0), names.get(1), names.get(2)));
        }
        return md.append('\n').toString();
    }

    private static String line(List<Query> queries, RelevanceRun.Result run, Map<String, Map<String, Score>> all,
            String vectors, String routed, String noMatch) {
        long flagged = queries.stream().filter(q -> q.split().equals("test") && !q.answerable())
                .filter(q -> all.get(noMatch).get(q.id()).empty()).count();
        long noAnswer = queries.stream().filter(q -> q.split().equals("test") && !q.answerable()).count();
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %d of %d |%n", run.model().id(),
                RelevanceRun.describe(run), halves(queries, all.get(vectors)), halves(queries, all.get(routed)),
                halves(queries, all.get(noMatch)), flagged, noAnswer);
    }

    private static String halves(List<Query> queries, Map<String, Score> scores) {
        return String.format(Locale.ROOT, "%.3f / %.3f", RelevanceScores.mean(queries, "tune", scores),
                RelevanceScores.mean(queries, "test", scores));
    }

    static String bootstrap(List<Query> queries, Map<String, Map<String, Score>> all, List<String> servedNames,
            Map<String, List<String>> otherNames) {
        List<String> ids = queries.stream().filter(q -> q.split().equals("test") && q.answerable()).map(Query::id).toList();
        StringBuilder md = new StringBuilder("## Paired bootstrap, test half\n\n10,000 resamples of the answerable test "
                + "queries; difference of nDCG@10 (second − first), mean and 95% interval.\n\n"
                + "| comparison | Δ nDCG@10 | 95% interval |\n|---|---|---|\n");
        int served = servedNames.size() - 1; // the one before it: served with main's no-match rule
        int[][] pairs = {{0, 1}, {0, 2}, {1, 2}, {2, 3}, {3, 4}, {2, 4}, {4, 5}, {served - 1, served}, {served, 5},
            {served, 6}};
        for (int[] pair : pairs) {
            md.append(row(ids, all, servedNames.get(pair[0]), servedNames.get(pair[1])));
        }
        String servedRow = servedNames.getLast();
        for (List<String> names : otherNames.values()) {
            List<String[]> comparisons = new ArrayList<>();
            comparisons.add(new String[] {servedNames.get(1), names.get(0)});
            comparisons.add(new String[] {servedNames.get(4), names.get(1)});
            comparisons.add(new String[] {servedRow, names.get(1)});
            comparisons.add(new String[] {servedRow, names.get(2)});
            comparisons.forEach(c -> md.append(row(ids, all, c[0], c[1])));
        }
        return md.toString();
    }

    /** The ranking probes ({@link RankingProbes}), each against the baseline named last before it. */
    static String probes(List<Query> queries, Map<String, Map<String, Score>> all, List<String> names) {
        List<String> ids = queries.stream().filter(q -> q.split().equals("test") && q.answerable()).map(Query::id).toList();
        StringBuilder md = new StringBuilder();
        String baseline = names.getFirst();
        for (String name : names) {
            if (name.contains("baseline")) {
                baseline = name;
            } else {
                md.append(row(ids, all, baseline, name));
            }
        }
        return md.toString();
    }

    private static String row(List<String> ids, Map<String, Map<String, Score>> all, String from, String to) {
        return RelevanceScores.bootstrapRow(from, to, ids, all.get(from), all.get(to));
    }
}
