package dev.agora.ledger.internal;

import dev.agora.ledger.LedgerManagement;
import java.time.Clock;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The real ledger classes on an in-memory H2 with the real migrations, without a Spring context, so a property
 * run of hundreds of sequences takes seconds. Each call runs in its own transaction like the facade's.
 */
final class LedgerFixture {

    static final LedgerFixture INSTANCE = new LedgerFixture();

    final LedgerManagement ledger;
    final JournalReader reader;
    final JdbcClient jdbc;
    private final TransactionTemplate tx;

    private LedgerFixture() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:ledger-properties;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/ledger").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        reader = new JournalReader(jdbc);
        var journal = new Journal(jdbc, new org.springframework.jdbc.core.JdbcTemplate(dataSource), reader, Clock.systemUTC());
        var holds = new Holds(jdbc, journal);
        var releasedRefunds = new RefundsAfterRelease(journal, reader); // issue 6
        ledger = new Ledger(new LedgerFlows(journal, reader, holds, releasedRefunds), new LedgerReports(jdbc, reader, holds), reader,
                holds, releasedRefunds, new DebtWriteOffs(journal, reader, jdbc)); // orders-gaps: debt write-offs
    }

    <T> T inTransaction(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }
}
