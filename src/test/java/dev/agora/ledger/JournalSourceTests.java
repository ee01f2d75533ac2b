package dev.agora.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Append-only in code: H2 has no portable trigger, so the sources are checked instead. */
class JournalSourceTests {

    private static final Pattern CHANGE = Pattern.compile("(?i)(update|delete\\s+from)\\s+ledger_");

    @Test
    void noCodeUpdatesOrDeletesLedgerTables() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".java")))
                    .allSatisfy(f -> assertThat(CHANGE.matcher(Files.readString(f)).find())
                            .as(f + " changes a ledger table").isFalse());
        }
    }
}
