package dev.agora.identity;

import java.util.List;
import java.util.Optional;

/**
 * What the console does with accounts. Callers check the staff member's role and record every change in the audit
 * log (with its reason) in the same transaction; these methods only change the account. Changes to an erased
 * account are invalid input.
 */
public interface MemberAdministration {

    /** Members whose name, email or handle contains {@code query} (case-insensitive), newest first; all when blank. */
    List<MemberRecord> search(String query, int limit);

    Optional<MemberRecord> find(AccountId id);

    /** How many accounts exist, and how many of them are staff / suspended (the console overview). */
    Counts counts();

    /** Confirms the email address on the member's behalf (they proved it to support another way). */
    MemberRecord verifyEmail(AccountId id);

    // suspending and reinstating: MemberSuspensions, the one mechanism staff and moderation share (issue 9)

    /** Makes the member staff in {@code role}, or a plain member again; ends their sessions so it applies at once. */
    MemberRecord changeRole(AccountId id, Role role);

    /** Erases the account (the member's own request, or an operator acting on one); publishes {@link AccountErased}. */
    void erase(AccountId id);

    record Counts(long members, long staff, long suspended, long unverified) {}
}
