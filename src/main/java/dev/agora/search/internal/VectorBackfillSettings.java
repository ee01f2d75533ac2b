package dev.agora.search.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.search.vector-backfill.*}: how the background embedding of documents without a vector runs.
 *
 * @param slice how long one scheduler run embeds before giving the thread back (the next run continues)
 * @param batchSize documents per batch; the cursor and counts are saved after each
 * @param pause the delay between two runs (the scheduler's polling interval adds to it)
 */
@ConfigurationProperties("agora.search.vector-backfill")
record VectorBackfillSettings(@DefaultValue("60s") Duration slice, @DefaultValue("50") int batchSize,
        @DefaultValue("1s") Duration pause) {}
