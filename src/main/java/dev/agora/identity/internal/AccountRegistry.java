package dev.agora.identity.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.AccountRegistered;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.PublicProfile;
import dev.agora.identity.Role;
import dev.agora.identity.SignUp;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.validation.InvalidInputException.FieldError;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountRegistry implements IdentityManagement {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Handles handles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountRegistry(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            Handles handles,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.handles = handles;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AccountId register(SignUp signUp) {
        return open(signUp, Role.MEMBER).id();
    }

    Account open(SignUp signUp, Role role) {
        String email = signUp.email() == null ? "" : signUp.email().trim().toLowerCase(Locale.ROOT);
        String displayName = signUp.displayName() == null ? "" : signUp.displayName().strip();
        List<FieldError> errors = new ArrayList<>();
        if (!EmailAddress.isValid(email)) {
            errors.add(new FieldError("email", "email.invalid", "must be a valid email address"));
        } else if (accounts.existsByEmail(email)) {
            errors.add(new FieldError("email", "email.taken", "an account with this email already exists"));
        }
        if (displayName.isEmpty() || displayName.length() > 80) {
            errors.add(new FieldError("displayName", "displayName.length", "must be 1 to 80 characters"));
        }
        errors.addAll(PasswordRules.check(signUp.password(), email));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Locale locale = signUp.locale() == null ? Locale.ENGLISH : signUp.locale();
        var account = new Account(
                email, passwordEncoder.encode(signUp.password()), displayName, handles.freeHandleFor(displayName), role,
                locale, clock.instant());
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            // Two sign-ups with one address at once: the unique index decides; the loser rolls back whole.
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("identity_account_email_uk")) {
                throw InvalidInputException.of("email", "email.taken", "an account with this email already exists");
            }
            throw e;
        }
        events.publishEvent(new AccountRegistered(account.id(), email, displayName, clock.instant()));
        return account;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEmailVerified(AccountId id) {
        return accounts.findById(id.value()).map(Account::emailVerified).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicProfile> findProfile(String handle) {
        return accounts.findByHandle(handle.toLowerCase(Locale.ROOT)).map(Account::toPublicProfile);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicProfile> findProfile(AccountId id) {
        return accounts.findById(id.value()).map(Account::toPublicProfile);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<dev.agora.identity.MailContact> mailContact(AccountId id) {
        return accounts.findMailContactById(id.value()).map(MailContactRow::contact);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountId> accountsWithRole(dev.agora.identity.Role role) { // issue 7: courier roster
        Instant now = clock.instant();
        return accounts.findByRoleAndErasedAtIsNullOrderByCreatedAtAsc(role).stream()
                .filter(account -> !account.suspendedAt(now)).map(Account::id).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicProfile> recentMembers(int limit) {
        return accounts.inGoodStanding(dev.agora.identity.Role.MEMBER, clock.instant(), PageRequest.of(0, limit)).stream()
                .map(Account::toPublicProfile)
                .toList();
    }
}
