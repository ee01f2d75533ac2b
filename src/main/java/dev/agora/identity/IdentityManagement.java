package dev.agora.identity;

import java.util.List;
import java.util.Optional;

/** The identity module's API for other modules and for its own web and REST adapters. */
public interface IdentityManagement {

    /** Opens a member account and publishes {@link AccountRegistered}; rejects invalid input unchanged. */
    AccountId register(SignUp signUp);

    Optional<PublicProfile> findProfile(String handle);

    Optional<PublicProfile> findProfile(AccountId id);

    /** The newest members with a verified email, newest first. */
    List<PublicProfile> recentMembers(int limit);
}
