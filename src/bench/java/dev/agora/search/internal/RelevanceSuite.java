package dev.agora.search.internal;

import dev.agora.search.internal.FusionTuning.Tuned;
import dev.agora.search.internal.RelevanceCorpus.Query;
import dev.agora.search.internal.RelevanceRun.Retrieved;
import dev.agora.search.internal.RelevanceScores.Score;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relevance suite (issue 12): for the served embedding model and every other packaged one ({@link PackagedModel},
 * each in an application of its own: {@link RelevanceRun}) it retrieves each judged query of bench/relevance once and
 * scores every set-up as a fusion of the keyword and vector rankings: keywords, vectors alone, RRF, weighted and
 * routed fusion, routed fusion with "no close match" — settings chosen on the tuning half only
 * ({@link FusionTuning}, {@link NoMatchCalibration}) — then the served search as configured. Reports nDCG@10,
 * recall@10 and MRR overall and per query type on both halves, paired bootstrap intervals on the test half, model
 * cost and latency. Writes bench/results/relevance.md and the CI baseline; with {@code --check} only the served
 * model runs and the result is compared with that baseline.
 */
public final class RelevanceSuite {

    private RelevanceSuite() {}

    public static void main(String[] args) throws Exception {
        boolean checking = args.length > 0 && args[0].equals("--check");
        boolean servedOnly = args.length > 0 && args[0].equals("--served-only"); // a quick look: prints, writes nothing
        RelevanceCorpus corpus = RelevanceCorpus.read(Path.of("bench/relevance"));
        RelevanceRun.Result served = RelevanceRun.run(corpus, null, !checking);
        List<RelevanceRun.Result> others = new ArrayList<>();
        if (!checking && !servedOnly) {
            for (PackagedModel model : PackagedModel.values()) {
                if (model != served.model()) {
                    others.add(RelevanceRun.run(corpus, model, false));
                }
            }
        }
        String report = report(corpus, served, others);
        double servedTest = Double.parseDouble(match(report, "CHECK ndcg=([0-9.]+)"));
        if (checking) {
            System.exit(RelevanceBaseline.check(servedTest) ? 0 : 1);
        }
        if (servedOnly) {
            System.out.println(report);
            System.exit(0);
        }
        Files.writeString(Path.of("bench/results/relevance.md"), report);
        RelevanceBaseline.record(servedTest);
        System.out.println(report);
        System.exit(0);
    }

    /** Every set-up of one model, scored per query. */
    private static Map<String, Map<String, Score>> setups(RelevanceCorpus corpus, RelevanceRun.Result run, boolean all) {
        FusionTuning tuning = new FusionTuning(corpus, run.retrieved(), run.settings());
        double vectorMin = tuning.vectorMinimum();
        Tuned routed = tuning.routed();
        Tuned noMatch = FusionTuning.withNoMatch(routed, run.retrieved());
        String model = run.model().id();
        Map<String, Function<Retrieved, Score>> setups = new LinkedHashMap<>();
        if (all) {
            setups.put("keywords (BM25, typos, synonyms)", r -> score(corpus, r, FusionTuning.ids(r.keyword()), false));
        }
        setups.put(String.format(Locale.ROOT, "%s: vectors alone (min similarity %.2f)", model, vectorMin), r -> score(corpus, r,
                FusionTuning.ids(r.vector().stream().filter(h -> h.score() >= vectorMin).toList()), false));
        if (all) {
            Tuned rrf = tuning.rrf(vectorMin);
            Tuned weighted = tuning.weighted();
            setups.put(model + ": " + rrf.label(), r -> score(corpus, r, rrf.ranking(r), false));
            setups.put(model + ": " + weighted.label(), r -> score(corpus, r, weighted.ranking(r), false));
        }
        setups.put(model + ": " + routed.label(), r -> score(corpus, r, routed.ranking(r), false));
        setups.put(model + ": " + noMatch.label(), r -> score(corpus, r, noMatch.ranking(r), noMatch.noCloseMatch(r)));
        if (all) {
            Tuned kept = FusionTuning.withNoMatch(tuning.routedKeepingMinimum(), run.retrieved());
            setups.put(model + ": " + kept.label(), r -> score(corpus, r, kept.ranking(r), kept.noCloseMatch(r)));
            SearchSettings.Semantic s = run.settings();
            // the served page with the rule on main before 2026-12-10: threshold by route (keywords and model numbers
            // 0.45, four words or more never), so "cut the grass" was flagged; new-rule flags are a subset of old ones
            setups.put("served before (no close match by route, not by phrasing)", r -> score(corpus, r,
                    run.served().get(r.query().id()), flaggedByRoute(r, s)));
            setups.put(String.format(Locale.ROOT, "served (application.yml: %s, %s %.2f/%.2f/%.2f, min similarity %.2f / %.2f, "
                    + "no close match below %.2f / %.2f)", model, s.fusion(), s.keywordWeight(), s.modelNumberKeywordWeight(),
                    s.naturalLanguageKeywordWeight(), s.minSimilarity(), s.fusionMinSimilarity(), s.noMatchSimilarity(),
                    s.naturalLanguageNoMatchSimilarity()), r -> score(corpus, r, run.served().get(r.query().id()), false));
        }
        Map<String, Map<String, Score>> scored = new LinkedHashMap<>();
        setups.forEach((name, setup) -> {
            Map<String, Score> perQuery = new LinkedHashMap<>();
            run.retrieved().forEach(r -> perQuery.put(r.query().id(), setup.apply(r)));
            scored.put(name, perQuery);
        });
        return scored;
    }

    private static boolean flaggedByRoute(Retrieved r, SearchSettings.Semantic s) {
        QueryRoute route = QueryRoute.of(r.parsed().terms());
        double best = HybridRanking.fuse(r.parsed(), r.keyword(), r.vector(), s).bestSimilarity();
        return r.keyword().isEmpty() && best < s.noMatchSimilarityFor(route == QueryRoute.NATURAL_LANGUAGE);
    }

    private static Score score(RelevanceCorpus corpus, Retrieved r, List<UUID> ranked, boolean noCloseMatch) {
        return RelevanceScores.score(corpus, r.query(), ranked, noCloseMatch);
    }

    private static String report(RelevanceCorpus corpus, RelevanceRun.Result served, List<RelevanceRun.Result> others) {
        Map<String, Map<String, Score>> all = new LinkedHashMap<>(setups(corpus, served, true));
        List<String> servedNames = new ArrayList<>(all.keySet());
        Map<String, Map<String, Score>> probes = RankingProbes.probes(corpus, served);
        all.putAll(probes);
        Map<String, List<String>> otherNames = new LinkedHashMap<>();
        for (RelevanceRun.Result other : others) {
            Map<String, Map<String, Score>> scored = setups(corpus, other, false);
            otherNames.put(other.model().id(), new ArrayList<>(scored.keySet()));
            all.putAll(scored);
        }
        List<Query> queries = corpus.queries();
        RelevanceCorpus.Loaded loaded = served.loaded();
        StringBuilder md = new StringBuilder("# Relevance suite\n\nRun of ").append(Instant.now()).append(": ")
                .append(corpus.listings().size()).append(" listings, ").append(queries.size())
                .append(" judged queries (bench/relevance, generated by make_corpus.py; grades from the tags of each listing: "
                        + "2 = what the buyer wants, 1 = related). Odd queries are the test half, even ones the tuning half; "
                        + "every weight, minimum similarity and no-match threshold was chosen on the tuning half only, per "
                        + "model. Served embedding model: " + served.model().id() + ". No-answer queries count in the last "
                        + "row of each set-up only: how many show nothing or \"no close match\".\n\n")
                .append(String.format(Locale.ROOT, "Language detection: %d of %d listings as labelled in the corpus, %d unknown "
                        + "(analysed neutrally only).%n%n", loaded.agreeing(), corpus.listings().size(), loaded.unknown()));
        md.append(RelevanceReport.models(queries, served, others, all, servedNames, otherNames));
        for (String split : List.of("test", "tune")) {
            md.append("## ").append(split.equals("test") ? "Test half" : "Tuning half").append("\n\n")
                    .append("| set-up | type | queries | nDCG@10 | recall@10 | MRR |\n|---|---|---|---|---|---|\n");
            all.forEach((name, scores) -> RelevanceScores.table(md, name, scores, queries, split));
            md.append('\n');
        }
        md.append(RelevanceReport.bootstrap(queries, all, servedNames, otherNames));
        md.append(RelevanceReport.probes(queries, all, new ArrayList<>(probes.keySet())));
        FusionTuning tuning = new FusionTuning(corpus, served.retrieved(), served.settings());
        md.append('\n').append(NoMatchCalibration.report(served.retrieved(),
                FusionTuning.withNoMatch(tuning.routed(), served.retrieved()), served.settings()));
        md.append(String.format(Locale.ROOT, "%nServed semantic query latency on this corpus (%d queries × 3 rounds, query "
                + "vector cached; load average %s): p50 %.1f ms, p99 %.1f ms. An uncached query adds the model's time "
                + "(table above); bench/results/search.md has the large index.%n", queries.size(), served.load(),
                served.searchMillis()[0], served.searchMillis()[1]));
        double servedTest = RelevanceScores.mean(queries, "test", all.get(servedNames.getLast()));
        md.append(String.format(Locale.ROOT, "%n<!-- CHECK ndcg=%.3f -->%n", servedTest));
        return md.toString();
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : "0";
    }
}
