package dev.agora.identity.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.MemberSuspended;
import dev.agora.identity.MemberSuspensions;
import dev.agora.kernel.validation.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Suspends and bans through the account's {@code suspended_until}, which login and API tokens both check. */
@Service
@Transactional
class Suspensions implements MemberSuspensions {

    /** A ban: far enough to be "for good", near enough for every database's timestamp. */
    static final Instant BANNED = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();

    private final AccountRepository accounts;
    private final SessionTermination sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Suspensions(AccountRepository accounts, SessionTermination sessions, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void suspend(AccountId member, @Nullable Instant until, String reason) {
        Account account = accounts.findById(member.value()).orElseThrow(() ->
                InvalidInputException.of("member", "identity.member.unknown", "No such member"));
        Instant now = clock.instant();
        if (until != null && !until.isAfter(now)) {
            throw InvalidInputException.of("until", "identity.suspension.past", "A suspension ends in the future");
        }
        account.suspendUntil(until == null ? BANNED : until);
        sessions.endAllOf(account.email());
        events.publishEvent(new MemberSuspended(UUID.randomUUID(), member, until, reason, now));
    }

    @Override
    public void lift(AccountId member) {
        accounts.findById(member.value()).ifPresent(Account::liftSuspension);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> suspendedUntil(AccountId member) {
        Instant now = clock.instant();
        return accounts.findById(member.value()).filter(a -> a.suspendedByModerationAt(now)).map(Account::suspendedUntil);
    }
}
