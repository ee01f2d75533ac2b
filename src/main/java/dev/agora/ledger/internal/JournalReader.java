package dev.agora.ledger.internal;

import dev.agora.kernel.money.Money;
import dev.agora.ledger.AccountType;
import dev.agora.ledger.EntryCode;
import dev.agora.ledger.JournalEntry;
import dev.agora.ledger.LedgerAccount;
import dev.agora.ledger.Posting;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads entries and sums postings; every balance is computed from the journal itself. */
@Component
class JournalReader {

    private static final String ENTRY_COLUMNS = "id, code, reference, pending, reverses, resolves, memo, created_at";

    private final JdbcClient jdbc;

    JournalReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<JournalEntry> entry(String id) {
        return withPostings(jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry WHERE id = ?")
                        .param(id).query(this::header).list(), "e.id = ?", id)
                .stream().findFirst();
    }

    List<JournalEntry> entriesAbout(String reference) {
        return withPostings(jdbc.sql("SELECT " + ENTRY_COLUMNS
                        + " FROM ledger_entry WHERE reference = ? ORDER BY created_at, id")
                .param(reference).query(this::header).list(), "e.reference = ?", reference);
    }

    /** Every entry, oldest first: for rebuilding balances in tests and audits. */
    List<JournalEntry> allEntries() {
        return withPostings(jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry ORDER BY created_at, id")
                .query(this::header).list(), "1 = ?", 1);
    }

    long debitMinusCredit(String accountKey) {
        return jdbc.sql("SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_posting WHERE account_id = ? AND pending = FALSE")
                .param(accountKey).query(Long.class).single();
    }

    /** Sum of one order's escrow postings per entry code (posted entries only). */
    Map<EntryCode, Long> escrowByCode(String accountKey) {
        Map<EntryCode, Long> sums = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT code, SUM(amount_minor) FROM ledger_posting
                WHERE account_id = ? AND pending = FALSE GROUP BY code""")
                .param(accountKey)
                .query(rs -> {
                    sums.put(EntryCode.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return sums;
    }

    /** Unresolved authorisations credited to an account (a negative debit-positive sum). */
    long openPending(String accountKey) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(p.amount_minor), 0) FROM ledger_posting p
                LEFT JOIN ledger_resolution r ON r.resolved_entry_id = p.entry_id
                WHERE p.account_id = ? AND p.pending = TRUE AND r.resolved_entry_id IS NULL""")
                .param(accountKey).query(Long.class).single();
    }

    Optional<Resolution> resolutionOf(String entryId) {
        return jdbc.sql("SELECT outcome FROM ledger_resolution WHERE resolved_entry_id = ?")
                .param(entryId).query(String.class).optional().map(Resolution::valueOf);
    }

    private JournalEntry header(ResultSet rs, int row) throws SQLException {
        return new JournalEntry(rs.getString("id"), EntryCode.valueOf(rs.getString("code")), rs.getString("reference"),
                rs.getBoolean("pending"), List.of(), rs.getString("reverses"), rs.getString("resolves"),
                rs.getString("memo"), instant(rs, "created_at"));
    }

    private List<JournalEntry> withPostings(List<JournalEntry> headers, String where, Object param) {
        if (headers.isEmpty()) {
            return headers;
        }
        Map<String, List<Posting>> postings = new LinkedHashMap<>();
        jdbc.sql("SELECT p.entry_id, p.account_type, p.owner, p.currency, p.amount_minor FROM ledger_posting p"
                        + " JOIN ledger_entry e ON e.id = p.entry_id WHERE " + where + " ORDER BY p.entry_id, p.line")
                .param(param)
                .query(rs -> {
                    var account = new LedgerAccount(AccountType.valueOf(rs.getString(2)), rs.getString(3),
                            Money.currency(rs.getString(4)));
                    postings.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Posting(account, rs.getLong(5)));
                });
        return headers.stream()
                .map(h -> new JournalEntry(h.id(), h.code(), h.reference(), h.pending(),
                        postings.getOrDefault(h.id(), List.of()), h.reverses(), h.resolves(), h.memo(), h.createdAt()))
                .toList();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
