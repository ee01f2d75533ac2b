package dev.agora.identity.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.MemberAdministration;
import dev.agora.identity.MemberRecord;
import dev.agora.identity.Role;
import dev.agora.kernel.validation.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The console's account operations; the console checks roles and writes the audit entry in the same transaction. */
@Service
class AccountAdministration implements MemberAdministration {

    private static final int MAX_RESULTS = 200;

    private final AccountRepository accounts;
    private final SessionTermination sessions;
    private final AccountErasure erasure;
    private final Clock clock;

    AccountAdministration(AccountRepository accounts, SessionTermination sessions, AccountErasure erasure,
            Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.erasure = erasure;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberRecord> search(String query, int limit) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        var page = PageRequest.of(0, Math.clamp(limit, 1, MAX_RESULTS));
        var found = text.isEmpty() ? accounts.findAllByOrderByCreatedAtDesc(page) : accounts.search(text, page);
        return found.stream().map(a -> record(a, clock.instant())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MemberRecord> find(AccountId id) {
        return accounts.findById(id.value()).map(a -> record(a, clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public Counts counts() {
        return new Counts(accounts.count(), accounts.countByRoleNot(Role.MEMBER), accounts.countBySuspensionUntilAfter(clock.instant()),
                accounts.countByEmailVerifiedAtIsNull());
    }

    @Override
    @Transactional
    public MemberRecord verifyEmail(AccountId id) {
        Account account = account(id);
        if (account.erased()) {
            throw InvalidInputException.of("member", "admin.member.erased", "This account was deleted");
        }
        account.verifyEmail(clock.instant());
        return record(account, clock.instant());
    }

    @Override
    @Transactional
    public MemberRecord changeRole(AccountId id, Role role) {
        Account account = account(id);
        if (account.role() != role) {
            account.changeRole(role);
            // sessions hold the authorities they were created with: the new role applies from the next login
            sessions.endAllOf(account.email());
        }
        return record(account, clock.instant());
    }

    @Override
    @Transactional
    public void erase(AccountId id) {
        erasure.erase(id);
    }

    private Account account(AccountId id) {
        return accounts.findById(id.value()).orElseThrow(
                () -> InvalidInputException.of("member", "admin.member.unknown", "There is no such member"));
    }

    static MemberRecord record(Account account, java.time.Instant now) {
        boolean suspended = account.suspendedAt(now);
        return new MemberRecord(account.id(), account.email(), account.handle(), account.displayName(), account.role(),
                account.emailVerifiedAt(), suspended ? account.suspension().until() : null,
                suspended ? account.suspension().reason() : null, account.marketingConsentAt(), account.erasedAt(),
                account.createdAt());
    }
}
