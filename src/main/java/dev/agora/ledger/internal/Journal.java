package dev.agora.ledger.internal;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.AccountType;
import dev.agora.ledger.JournalEntry;
import dev.agora.ledger.LedgerAccount;
import dev.agora.ledger.Posting;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the journal. Only INSERTs: there is no UPDATE or DELETE on a ledger table anywhere in the code
 * (LedgerSqlTests checks the sources). Callers run inside one transaction.
 */
@Component
class Journal {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JournalReader reader;
    private final Clock clock;

    Journal(JdbcClient jdbc, JdbcTemplate batch, JournalReader reader, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * Locks the accounts the entry spends from (plus {@code extraLocks}), returns the stored entry on a replay,
     * otherwise runs the business {@code rules}, checks no guarded account goes negative and writes the entry
     * (and the resolution of the entry it resolves).
     */
    JournalEntry write(EntryDraft draft, @Nullable Resolution resolution, Collection<String> extraLocks, Runnable rules) {
        var locks = new TreeMap<String, LedgerAccount>();
        for (Posting p : draft.postings()) {
            if (p.account().type().guarded() && p.account().type().normalBalance(p.amountMinor()) < 0) {
                locks.put(p.account().key(), p.account());
            }
        }
        extraLocks.forEach(key -> locks.putIfAbsent(key, null));
        locks.forEach(this::lock);

        // the database keeps microseconds: the returned entry must equal what a later read gives
        OffsetDateTime created = now().truncatedTo(ChronoUnit.MICROS);
        // orders-lean: the entry row first, so a fresh entry needs no replay read (a SELECT per entry). The id is
        // unique: no row inserted means a replay (or a concurrent write of the same entry, which this insert waited
        // for). If the rules or the balance guard refuse a fresh entry, the exception rolls the row back with the
        // transaction (every caller is @Transactional), so no entry without postings is ever committed.
        if (!insertEntry(draft, created)) {
            return replayOf(draft).orElseThrow();
        }
        rules.run();
        if (!draft.pending()) {
            guardBalances(draft);
        }
        insertPostings(draft);
        if (draft.resolves() != null && resolution != null) {
            resolve(draft.resolves(), resolution, draft.id());
        }
        // perf (issue 6): the entry as just written, instead of reading it and its postings back (2 queries)
        return new JournalEntry(draft.id(), draft.code(), draft.reference(), draft.pending(), draft.postings(),
                draft.reverses(), draft.resolves(), draft.memo(), created.toInstant());
    }

    /** Records the one resolution of an open entry; the primary key refuses a second one on any node. */
    void resolve(String resolvedEntryId, Resolution resolution, @Nullable String resolvingEntryId) {
        int rows = jdbc.sql("""
                INSERT INTO ledger_resolution (resolved_entry_id, outcome, resolving_entry_id, resolved_at)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(resolvedEntryId, resolution.name(), resolvingEntryId, now())
                .update();
        if (rows == 0) {
            throw InvalidInputException.of("entryId", "ledger.already-resolved",
                    "Entry " + resolvedEntryId + " was already resolved");
        }
    }

    /** A row lock serialising everything that spends from one account (or guards one order's holds). */
    void lock(String key, @Nullable LedgerAccount account) {
        // orders-lean: an existing account (most locks) costs one statement. A new one is created; the row this
        // transaction inserted is its own until commit (a concurrent insert of the same id waits for it, then does
        // nothing and locks below), so it needs no SELECT ... FOR UPDATE after the insert.
        if (lockExisting(key).isPresent()) {
            return;
        }
        int created = jdbc.sql("INSERT INTO ledger_account (id, type, owner, currency) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(key,
                        account == null ? "LOCK" : account.type().name(),
                        account == null ? key : account.owner(),
                        account == null ? "---" : account.currency().getCurrencyCode())
                .update();
        if (created == 0) {
            lockExisting(key).orElseThrow();
        }
    }

    private Optional<String> lockExisting(String key) {
        return jdbc.sql("SELECT id FROM ledger_account WHERE id = ? FOR UPDATE").param(key).query(String.class).optional();
    }

    /** Now, as the JDBC drivers of both databases take it for TIMESTAMP WITH TIME ZONE. */
    OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private Optional<JournalEntry> replayOf(EntryDraft draft) {
        Optional<String> storedHash = jdbc.sql("SELECT content_hash FROM ledger_entry WHERE id = ?")
                .param(draft.id()).query(String.class).optional();
        if (storedHash.isEmpty()) {
            return Optional.empty();
        }
        if (!storedHash.get().equals(draft.contentHash())) {
            throw InvalidInputException.of("entryId", "ledger.id-reused",
                    "Entry id " + draft.id() + " was already used for another entry");
        }
        return reader.entry(draft.id());
    }

    private void guardBalances(EntryDraft draft) {
        Map<LedgerAccount, Long> deltas = new HashMap<>();
        draft.postings().forEach(p -> deltas.merge(p.account(), p.amountMinor(), Math::addExact));
        deltas.forEach((account, delta) -> {
            AccountType type = account.type();
            if (type.guarded() && type.normalBalance(delta) < 0
                    && type.normalBalance(reader.debitMinusCredit(account.key()) + delta) < 0) {
                throw InvalidInputException.of("amount", "ledger.insufficient-funds",
                        "Not enough money in " + account.key());
            }
        });
    }

    private boolean insertEntry(EntryDraft draft, OffsetDateTime created) {
        int rows = jdbc.sql("""
                INSERT INTO ledger_entry (id, code, reference, party, pending, reverses, resolves, memo, content_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(draft.id(), draft.code().name(), draft.reference(), draft.party(), draft.pending(),
                        draft.reverses(), draft.resolves(), draft.memo(), draft.contentHash(), created)
                .update();
        return rows == 1;
    }

    private void insertPostings(EntryDraft draft) {
        // perf (issue 6): one JDBC batch (one round trip) for the entry's postings instead of one INSERT each
        List<Object[]> lines = new ArrayList<>();
        int line = 0;
        for (Posting p : draft.postings()) {
            lines.add(new Object[] {draft.id(), line++, p.account().key(), p.account().type().name(), p.account().owner(),
                    p.account().currency().getCurrencyCode(), p.amountMinor(), draft.pending(), draft.code().name()});
        }
        batch.batchUpdate("""
                INSERT INTO ledger_posting (entry_id, line, account_id, account_type, owner, currency, amount_minor, pending, code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines);
    }
}
