package db.migration.search;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Tables of Hibernate Search's outbox-polling coordination (hibernate-search-mapper-orm-outbox-polling):
 * entity changes go to the outbox in the same transaction, every app node's agent polls it, and so all nodes
 * keep one consistent index. Column names and types are those Hibernate Search maps (checked by
 * ddl-auto=validate). Java rather than SQL because Hibernate maps the payload to {@code BINARY LARGE OBJECT} on H2
 * but to {@code bytea} on PostgreSQL; there is no spelling both accept and validate.
 */
public class V20261130_1301__hibernate_search_outbox extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        String blob = postgres ? "BYTEA" : "BINARY LARGE OBJECT";
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    CREATE TABLE hsearch_agent (
                        id                   UUID         NOT NULL PRIMARY KEY,
                        type                 VARCHAR(255) NOT NULL,
                        name                 VARCHAR(255) NOT NULL,
                        expiration           TIMESTAMP WITH TIME ZONE NOT NULL,
                        state                VARCHAR(255) NOT NULL,
                        total_shard_count    INTEGER,
                        assigned_shard_index INTEGER,
                        payload              %s,
                        tenant_id            VARCHAR(255)
                    )""".formatted(blob));
            statement.execute("""
                    CREATE TABLE hsearch_outbox_event (
                        id             UUID         NOT NULL PRIMARY KEY,
                        entity_name    VARCHAR(256) NOT NULL,
                        entity_id      VARCHAR(256) NOT NULL,
                        entity_id_hash INTEGER      NOT NULL,
                        payload        %s           NOT NULL,
                        retries        INTEGER      NOT NULL,
                        process_after  TIMESTAMP WITH TIME ZONE NOT NULL,
                        status         VARCHAR(255) NOT NULL,
                        tenant_id      VARCHAR(255)
                    )""".formatted(blob));
            statement.execute("CREATE INDEX hsearch_outbox_event_process_after_ix ON hsearch_outbox_event (process_after)");
        }
    }
}
