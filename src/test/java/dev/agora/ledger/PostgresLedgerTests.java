package dev.agora.ledger;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresTest
class PostgresLedgerTests extends LedgerContract {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseRefusesToChangeOrDeleteJournalRows() {
        captured(1_000);

        assertThatThrownBy(() -> jdbc.update("UPDATE ledger_posting SET amount_minor = 0 WHERE entry_id = ?", id("capture")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM ledger_entry WHERE id = ?", id("capture")))
                .hasMessageContaining("append-only");
    }
}
