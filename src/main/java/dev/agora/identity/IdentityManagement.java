package dev.agora.identity;

import java.util.List;
import java.util.Optional;

/**
 * The identity module's API for other modules and for its own web and REST adapters.
 *
 * <p>Unverified accounts (email not yet confirmed) may log in, browse, edit their profile and settings and
 * enrol two-factor authentication. Anything that moves money or reaches other members (publishing listings,
 * checkout, messaging, reviews, payouts) must first check {@link #isEmailVerified(AccountId)} and ask the
 * member to confirm their address; {@link AccountVerified} announces when that happens.
 */
public interface IdentityManagement {

    /** Opens a member account and publishes {@link AccountRegistered}; rejects invalid input unchanged. */
    AccountId register(SignUp signUp);

    /** Whether the member confirmed their email address; false for unknown accounts. */
    boolean isEmailVerified(AccountId id);

    Optional<PublicProfile> findProfile(String handle);

    Optional<PublicProfile> findProfile(AccountId id);

    /** The member's email address and language, for notification mail; empty for unknown accounts. */
    Optional<MailContact> mailContact(AccountId id);

    /** The newest members with a verified email, newest first. */
    List<PublicProfile> recentMembers(int limit);

    // --- issue 7: the courier roster for automatic job assignment
    /** Accounts with this role that are neither erased nor suspended, oldest first. */
    List<AccountId> accountsWithRole(Role role);
    // --- end issue 7
}
