package dev.agora.search.internal;

import static dev.agora.search.internal.SearchHttp.params;
import static dev.agora.search.internal.SearchHttp.pick;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.MultiValueMap;

/**
 * Where a hybrid (words + vector) request's time goes, in process: each line runs {@code ListingSearch.search} as
 * served (query vectors cached after the first round, so the embedding is a cache look-up) and reads the
 * {@link SearchPhases} timers before and after: how many Lucene queries of each phase a request runs, and their wall
 * time and request-thread CPU per request.
 */
final class SearchPhaseBreakdown {

    private record Snapshot(long count, double wallMs, double cpuMs) {}

    private SearchPhaseBreakdown() {}

    static String run(ConfigurableApplicationContext app, double seconds) throws Exception {
        ListingSearch search = app.getBean(ListingSearch.class);
        SearchRequests requests = app.getBean(SearchRequests.class);
        MeterRegistry meters = app.getBean(MeterRegistry.class);
        Random random = new Random(11);
        Map<String, Function<Random, MultiValueMap<String, String>>> lines = new LinkedHashMap<>();
        lines.put("semantic (natural-language need)", r -> params("q", pick(r, SearchCorpus.SEMANTIC_QUERIES)));
        lines.put("keyword", r -> params("q", pick(r, SearchCorpus.KEYWORD_QUERIES)));
        lines.put("keyword + filters (multi-select facets)", r -> params("q", "bike", "category", "bikes",
                "min_price", "50", "max_price", "900", "condition", "GOOD", "attr.bikeType",
                pick(r, List.of("road", "city", "mountain"))));
        StringBuilder md = new StringBuilder("Phases of a hybrid request in process (`ListingSearch.search` as served, "
                + "query vectors cached; `agora.search.phase` timers; every phase but embedding and fusion is one Lucene "
                + "query):\n\n| line | phase | per request | wall ms per request | CPU ms per request |\n|---|---|---|---|---|\n");
        for (var line : lines.entrySet()) {
            for (int i = 0; i < 20; i++) {
                search.search(requests.parse(line.getValue().apply(random)), true);
            }
            Map<String, Snapshot> before = snapshot(meters);
            long requestsRun = 0;
            long end = System.nanoTime() + (long) (seconds * 1e9);
            do {
                search.search(requests.parse(line.getValue().apply(random)), true);
                requestsRun++;
            } while (System.nanoTime() < end);
            Map<String, Snapshot> after = snapshot(meters);
            double queries = 0;
            double wall = 0;
            double cpu = 0;
            for (var phase : after.entrySet()) {
                Snapshot was = before.getOrDefault(phase.getKey(), new Snapshot(0, 0, 0));
                Snapshot now = phase.getValue();
                double count = (now.count() - was.count()) / (double) requestsRun;
                if (count == 0) {
                    continue;
                }
                double w = (now.wallMs() - was.wallMs()) / requestsRun;
                double c = (now.cpuMs() - was.cpuMs()) / requestsRun;
                if (!phase.getKey().equals(SearchPhases.EMBEDDING) && !phase.getKey().equals(SearchPhases.FUSION)) {
                    queries += count;
                }
                wall += w;
                cpu += c;
                md.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f |%n", line.getKey(),
                        phase.getKey(), count, w, c));
            }
            md.append(String.format(Locale.ROOT, "| %s | **all (%,d requests)** | **%.2f Lucene queries** | **%.2f** | **%.2f** |%n",
                    line.getKey(), requestsRun, queries, wall, cpu));
            System.out.printf(Locale.ROOT, "  phases, %s: %.2f Lucene queries, %.2f ms, %.2f CPU ms per request%n",
                    line.getKey(), queries, wall, cpu);
        }
        return md.toString();
    }

    private static Map<String, Snapshot> snapshot(MeterRegistry meters) {
        Map<String, Snapshot> phases = new TreeMap<>();
        for (Timer wall : meters.find(SearchPhases.METER).timers()) {
            String phase = wall.getId().getTag("phase");
            Timer cpu = meters.find(SearchPhases.METER + ".cpu").tag("phase", phase).timer();
            phases.put(phase, new Snapshot(wall.count(), wall.totalTime(TimeUnit.MILLISECONDS),
                    cpu == null ? 0 : cpu.totalTime(TimeUnit.MILLISECONDS)));
        }
        return phases;
    }
}
