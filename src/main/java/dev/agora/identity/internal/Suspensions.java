package dev.agora.identity.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.MemberReinstated;
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

/**
 * Suspensions by staff and by moderation through the account's {@code suspended_until} and reason, which login,
 * remember-me and API tokens all check ({@link Account#lockedAt}).
 */
@Service
@Transactional
class Suspensions implements MemberSuspensions {

    /** No end: far enough to be "for good", near enough for every database's timestamp. */
    static final Instant NO_END = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();

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
        Account account = account(member);
        Instant now = clock.instant();
        if (until != null && !until.isAfter(now)) {
            throw InvalidInputException.of("until", "identity.suspension.past", "A suspension ends in the future");
        }
        String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        account.suspendUntil(until == null ? NO_END : until, why.length() > 2000 ? why.substring(0, 2000) : why);
        sessions.endAllOf(account.email());
        events.publishEvent(new MemberSuspended(UUID.randomUUID(), member, until, why, now));
    }

    @Override
    public void lift(AccountId member) {
        Account account = account(member);
        if (account.erasedAt() == null && account.liftSuspension(clock.instant())) {
            events.publishEvent(new MemberReinstated(member, clock.instant()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> suspendedUntil(AccountId member) {
        Instant now = clock.instant();
        return accounts.findById(member.value()).filter(a -> a.suspendedAt(now)).map(a -> a.suspension().until());
    }

    private Account account(AccountId member) {
        return accounts.findById(member.value()).orElseThrow(() ->
                InvalidInputException.of("member", "admin.member.unknown", "There is no such member"));
    }
}
