package dev.agora.identity.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.Member;
import dev.agora.kernel.pagination.Cursor;
import dev.agora.kernel.pagination.CursorPage;
import dev.agora.kernel.pagination.PageLimit;
import dev.agora.kernel.validation.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: issue (by session or by credentials), list, revoke, and resolve a bearer secret. */
@Service
public class ApiTokens {

    /** A bearer secret resolved to its member and what the token may do. */
    public record TokenAuthentication(Member member, TokenScope scope) {}


    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final TwoFactor twoFactor;
    private final Clock clock;
    // compared against when the email is unknown, so both cases take about the same time
    private final String dummyHash;

    ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, PasswordEncoder passwords,
            TwoFactor twoFactor, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.passwords = passwords;
        this.twoFactor = twoFactor;
        this.clock = clock;
        this.dummyHash = passwords.encode("no-such-account-" + UUID.randomUUID());
    }

    @Transactional
    public IssuedToken issue(AccountId owner, @Nullable String name, TokenScope scope) {
        String label = name == null || name.isBlank() ? "API token" : name.strip();
        if (label.length() > 80) {
            throw InvalidInputException.of("name", "name.length", "must be at most 80 characters");
        }
        String secret = TokenSecrets.newSecret();
        var token = new ApiToken(owner.value(), label, scope, TokenSecrets.hash(secret), TokenSecrets.hint(secret),
                clock.instant());
        tokens.save(token);
        return new IssuedToken(token.view(), secret);
    }

    /** For API clients without a session. Locked accounts and missing second factors are refused. */
    @Transactional
    public IssuedToken issueWithCredentials(
            String email, String password, @Nullable String totpCode, @Nullable String name, TokenScope scope) {
        Optional<Account> found = accounts.findByEmail(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
        boolean matches = passwords.matches(password == null ? "" : password,
                found.map(Account::passwordHash).orElse(dummyHash));
        if (found.isEmpty() || !matches) {
            // failed-login counting and lock-out belong to the web auth flows; the rate limit slows guessing here
            throw new CredentialsRejected(CredentialsRejected.Reason.WRONG_CREDENTIALS);
        }
        Account account = found.get();
        if (account.lockedAt(clock.instant())) {
            throw new CredentialsRejected(CredentialsRejected.Reason.ACCOUNT_LOCKED);
        }
        if (twoFactor.isEnabled(account)) {
            if (totpCode == null || !twoFactor.verify(account, totpCode)) {
                throw new CredentialsRejected(CredentialsRejected.Reason.SECOND_FACTOR_REQUIRED);
            }
        }
        return issue(account.id(), name, scope);
    }

    @Transactional(readOnly = true)
    public CursorPage<ApiTokenView> list(AccountId owner, @Nullable String cursor, PageLimit limit) {
        @Nullable Cursor after = Cursor.decode(cursor, 2);
        Limit fetch = Limit.of(limit.fetchSize());
        List<ApiToken> rows;
        if (after == null) {
            rows = tokens.firstPage(owner.value(), fetch);
        } else {
            try {
                rows = tokens.pageAfter(owner.value(), Instant.parse(after.key(0)), UUID.fromString(after.key(1)), fetch);
            } catch (RuntimeException malformed) {
                throw InvalidInputException.of("cursor", "cursor.invalid", "is not a cursor this API handed out");
            }
        }
        return CursorPage.of(rows, limit, row -> Cursor.of(row.view().createdAt(), row.id()), ApiToken::view);
    }

    /** Revokes one of the owner's tokens; false if the owner has no such active token. */
    @Transactional
    public boolean revoke(AccountId owner, UUID tokenId) {
        Optional<ApiToken> token = tokens.findById(tokenId)
                .filter(candidate -> candidate.accountId().equals(owner.value()) && candidate.active());
        token.ifPresent(found -> found.revoke(clock.instant()));
        return token.isPresent();
    }

    /** The member behind a bearer secret, if it names an active token of an account that is not locked. */
    @Transactional
    public Optional<TokenAuthentication> authenticate(String secret) {
        if (!TokenSecrets.looksLikeToken(secret)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(TokenSecrets.hash(secret))
                .filter(ApiToken::active)
                .flatMap(token -> accounts.findById(token.accountId())
                        .filter(account -> !account.lockedAt(now))
                        .map(account -> {
                            token.usedAt(now);
                            Member member = account.toMember(now);
                            member.eraseCredentials();
                            return new TokenAuthentication(member, token.scope());
                        }));
    }
}
