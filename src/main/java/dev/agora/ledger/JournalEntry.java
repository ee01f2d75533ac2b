package dev.agora.ledger;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, balanced journal entry. {@code pending} entries are authorisations: they count towards no
 * balance until a capture posts them or a void cancels them, each exactly once.
 *
 * @param reference the order or seller the entry is about
 * @param reverses the entry this one corrects, for reversals
 * @param resolves the pending authorisation or payout this entry settles
 */
public record JournalEntry(
        String id,
        EntryCode code,
        String reference,
        boolean pending,
        List<Posting> postings,
        @Nullable String reverses,
        @Nullable String resolves,
        String memo,
        Instant createdAt) {

    public JournalEntry {
        postings = List.copyOf(postings);
    }
}
