package dev.agora.search.internal;

import dev.agora.search.internal.RelevanceCorpus.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/** Graded scoring of a top ten (nDCG@10, recall@10, MRR), the per-type tables and paired bootstrap intervals. */
final class RelevanceScores {

    /** One query's figures; {@code empty}: nothing shown (or "no close match"). */
    record Score(double ndcg, double recall, double mrr, boolean empty) {}

    private RelevanceScores() {}

    static Score score(RelevanceCorpus corpus, Query query, List<UUID> ranked, boolean noCloseMatch) {
        List<UUID> top = noCloseMatch ? List.of() : ranked.stream().limit(10).toList();
        double dcg = 0;
        double mrr = 0;
        int found = 0;
        for (int i = 0; i < top.size(); i++) {
            int grade = query.grade(corpus.byId().get(top.get(i)));
            dcg += (Math.pow(2, grade) - 1) / (Math.log(i + 2) / Math.log(2));
            found += grade > 0 ? 1 : 0;
            if (grade == 2 && mrr == 0) {
                mrr = 1.0 / (i + 1);
            }
        }
        double[] ideal = IDEAL.computeIfAbsent(query.id(), id -> ideal(corpus, query));
        double idcg = ideal[0];
        int relevant = (int) ideal[1];
        return new Score(idcg == 0 ? 0 : dcg / idcg, relevant == 0 ? 0 : (double) found / Math.min(10, relevant),
                mrr, top.isEmpty());
    }

    /** Per query id: the ideal DCG@10 and how many listings are relevant (the tuning grids ask thousands of times). */
    private static final Map<String, double[]> IDEAL = new java.util.concurrent.ConcurrentHashMap<>();

    private static double[] ideal(RelevanceCorpus corpus, Query query) {
        int[] grades = corpus.listings().stream().mapToInt(query::grade).filter(g -> g > 0).boxed()
                .sorted((a, b) -> b - a).mapToInt(Integer::intValue).toArray();
        double idcg = 0;
        for (int i = 0; i < Math.min(10, grades.length); i++) {
            idcg += (Math.pow(2, grades[i]) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return new double[] {idcg, grades.length};
    }

    /** Mean nDCG@10 of the answerable queries of one half. */
    static double mean(List<Query> queries, String split, Map<String, Score> scores) {
        return queries.stream().filter(q -> q.split().equals(split) && q.answerable())
                .mapToDouble(q -> scores.get(q.id()).ndcg()).average().orElse(0);
    }

    /** Rows of one set-up: overall and per type (answerable queries), then no-answer queries showing nothing. */
    static void table(StringBuilder md, String name, Map<String, Score> scores, List<Query> queries, String split) {
        Map<String, List<Score>> byType = new TreeMap<>();
        List<Score> overall = new ArrayList<>();
        List<Score> noAnswer = new ArrayList<>();
        for (Query query : queries) {
            if (!query.split().equals(split)) {
                continue;
            }
            Score score = scores.get(query.id());
            if (!query.answerable()) {
                noAnswer.add(score);
                continue;
            }
            overall.add(score);
            byType.computeIfAbsent(query.type(), k -> new ArrayList<>()).add(score);
        }
        md.append(row(name, "**overall**", overall));
        byType.forEach((type, list) -> md.append(row("", type, list)));
        md.append(String.format(Locale.ROOT, "| | no-answer: nothing / no close match | %d | %d of %d | | |%n",
                noAnswer.size(), noAnswer.stream().filter(Score::empty).count(), noAnswer.size()));
    }

    private static String row(String setup, String type, List<Score> scores) {
        return String.format(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f | %.3f |%n", setup, type, scores.size(),
                scores.stream().mapToDouble(Score::ndcg).average().orElse(0),
                scores.stream().mapToDouble(Score::recall).average().orElse(0),
                scores.stream().mapToDouble(Score::mrr).average().orElse(0));
    }

    /** Mean difference (b − a) of nDCG@10 and its 95% percentile interval over 10,000 paired resamples of the queries. */
    static double[] bootstrap(List<String> ids, Map<String, Score> a, Map<String, Score> b) {
        double[] differences = ids.stream().mapToDouble(id -> b.get(id).ndcg() - a.get(id).ndcg()).toArray();
        Random random = new Random(1);
        double[] means = new double[10_000];
        for (int r = 0; r < means.length; r++) {
            double sum = 0;
            for (int i = 0; i < differences.length; i++) {
                sum += differences[random.nextInt(differences.length)];
            }
            means[r] = sum / differences.length;
        }
        Arrays.sort(means);
        return new double[] {Arrays.stream(differences).average().orElse(0), means[249], means[9_749]};
    }

    static String bootstrapRow(String from, String to, List<String> ids, Map<String, Score> a, Map<String, Score> b) {
        double[] d = bootstrap(ids, a, b);
        return String.format(Locale.ROOT, "| %s → %s | %+.3f | [%+.3f, %+.3f] |%n", from, to, d[0], d[1], d[2]);
    }
}
