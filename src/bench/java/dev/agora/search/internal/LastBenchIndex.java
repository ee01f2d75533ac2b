package dev.agora.search.internal;

import dev.agora.AgoraApplication;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application on the database and index the last {@link SearchBench} run left in target/bench-search (A/B benches). */
final class LastBenchIndex {

    private LastBenchIndex() {}

    static ConfigurableApplicationContext open() {
        Path data = Path.of("target/bench-search").toAbsolutePath();
        return new SpringApplicationBuilder(AgoraApplication.class).run(
                "--server.port=0", "--agora.data-dir=" + data, "--agora.listings.demo-listings=0",
                "--agora.search.backfill-when-empty=false", "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:h2:file:" + data
                        + "/db/agora;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
