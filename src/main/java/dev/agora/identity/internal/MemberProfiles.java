package dev.agora.identity.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.web.ETags;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member reading and changing their own profile through the API. */
@Service
public class MemberProfiles {

    private final AccountRepository accounts;

    MemberProfiles(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public OwnProfile own(AccountId id) {
        return view(load(id));
    }

    /**
     * Applies a JSON merge patch (RFC 7396) if {@code ifMatch} names the current version; a concurrent
     * change between this check and the commit still fails, on the entity's version column.
     */
    @Transactional
    public OwnProfile patch(AccountId id, @Nullable String ifMatch, Map<String, @Nullable Object> mergePatch) {
        Account account = load(id);
        ETags.requireMatch(ifMatch, account.version());
        account.updateProfile(ProfileMergePatch.apply(view(account).asChanges(), mergePatch));
        return view(accounts.saveAndFlush(account));
    }

    private Account load(AccountId id) {
        return accounts.findById(id.value()).orElseThrow(() -> new NoSuchElementException("No account " + id));
    }

    private static OwnProfile view(Account account) {
        return new OwnProfile(account.toPublicProfile(), account.email(), account.version());
    }
}
