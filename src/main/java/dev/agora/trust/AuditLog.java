package dev.agora.trust;

import dev.agora.identity.AccountId;
import java.util.List;

/**
 * Every staff action (moderation, manual order transitions, hidden reviews, payouts released by hand, looking at
 * identity documents) is recorded here with who, what, on which subject and why. Entries are never changed or
 * removed; a correction is a new entry.
 */
public interface AuditLog {

    /** Records an action; the reason is mandatory and explains the action to later readers. */
    AuditEntry record(AuditEntry.Draft draft);

    /** Newest first, at most {@code limit} (1–500); {@code subject} filters to one subject when not blank. */
    List<AuditEntry> recent(String subject, int limit);

    /** Entries about one subject, oldest first (a member's or an order's history). */
    List<AuditEntry> about(String subject);

    /** How many entries an actor made (the console's overview). */
    long countBy(AccountId actor);
}
