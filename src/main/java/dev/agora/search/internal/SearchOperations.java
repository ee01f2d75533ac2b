package dev.agora.search.internal;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the operator console and the admin API show and start for the index: the last reindex and the vector
 * backfill (issue 12), as plain values for the web layer.
 */
@Component
public class SearchOperations {

    private final SearchIndexAdmin admin;
    private final VectorBackfill backfill;

    SearchOperations(SearchIndexAdmin admin, VectorBackfill backfill) {
        this.admin = admin;
        this.backfill = backfill;
    }

    /** A reindex: documents done of total. */
    public record Reindex(boolean running, long done, long total) {}

    /**
     * The vector backfill: {@code state} NONE (never ran), RUNNING or DONE; documents embedded and skipped of the
     * total that lacked a vector at the start; rate in documents per second; expected time left while running.
     */
    public record Backfill(String state, long done, long skipped, long total, int percent, double rate,
            @Nullable Duration remaining, @Nullable Instant startedAt, @Nullable Instant finishedAt) {}

    public Reindex reindex() {
        SearchIndexAdmin.Progress progress = admin.progress();
        return new Reindex(progress.running(), progress.done(), progress.total());
    }

    public Backfill backfill() {
        return backfill.progress().map(p -> new Backfill(p.running() ? "RUNNING" : "DONE", p.done(), p.skipped(),
                        p.total(), p.percent(), p.rate(), p.remaining().orElse(null), p.startedAt(), p.finishedAt()))
                .orElse(new Backfill("NONE", 0, 0, 0, 0, 0, null, null, null));
    }

    /** Starts the backfill of documents without a vector (a running one goes on); returns how many lack one. */
    public long startBackfill() {
        return backfill.start();
    }
}
