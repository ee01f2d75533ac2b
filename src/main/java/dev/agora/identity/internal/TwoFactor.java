package dev.agora.identity.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Optional TOTP second factor with ten single-use recovery codes. {@link #isEnabled(Account)} and
 * {@link #verify(Account, String)} are for any code of this module that authenticates a member (the login
 * step here, API token issuing); the {@link AccountId} variants serve the web pages.
 */
@Component
public class TwoFactor {

    static final int RECOVERY_CODES = 10;

    private final AccountRepository accounts;
    private final RecoveryCodeRepository recoveryCodes;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    TwoFactor(AccountRepository accounts, RecoveryCodeRepository recoveryCodes, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    boolean isEnabled(Account account) {
        return account.twoFactor().secret() != null;
    }

    /** A current TOTP code (each accepted once) or an unused recovery code; call inside a transaction. */
    boolean verify(Account account, String codeOrRecoveryCode) {
        String secret = account.twoFactor().secret();
        if (secret == null || codeOrRecoveryCode == null || codeOrRecoveryCode.isBlank()) {
            return false;
        }
        var step = TotpCodes.matchingStep(secret, codeOrRecoveryCode, clock.instant());
        if (step.isPresent()) {
            return account.twoFactor().accept(step.getAsLong());
        }
        return recoveryCodes.findByAccountIdAndCodeHash(account.id().value(), RecoveryCode.hash(codeOrRecoveryCode))
                .map(code -> code.use(clock.instant()))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean isEnabled(AccountId id) {
        return accounts.findById(id.value()).map(this::isEnabled).orElse(false);
    }

    @Transactional
    public boolean verify(AccountId id, String codeOrRecoveryCode) {
        return accounts.findById(id.value()).map(account -> verify(account, codeOrRecoveryCode)).orElse(false);
    }

    /** A secret for enrolment; it is kept in the session until the member confirms it with a code. */
    public String newSecret() {
        return TotpCodes.newSecret();
    }

    public String qrCodeDataUri(String secret, String email) {
        return TotpCodes.qrCodeDataUri(secret, email);
    }

    /** Turns the factor on once a code proves the app holds the secret; returns the recovery codes to show once. */
    @Transactional
    public List<String> enable(AccountId id, String secret, String code) {
        Account account = accounts.findById(id.value()).orElseThrow();
        var step = TotpCodes.matchingStep(secret, code == null ? "" : code, clock.instant());
        if (step.isEmpty()) {
            throw InvalidInputException.of("code", "totp.wrongCode", "the code does not match");
        }
        account.twoFactor().enable(secret);
        account.twoFactor().accept(step.getAsLong());
        recoveryCodes.deleteByAccount(id.value());
        List<String> codes = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        codes.forEach(plain -> recoveryCodes.save(new RecoveryCode(id.value(), plain)));
        return codes;
    }

    /** Needs the password and a current code (or recovery code), so a borrowed open session cannot do it. */
    @Transactional
    public void disable(AccountId id, String password, String code) {
        Account account = accounts.findById(id.value()).orElseThrow();
        if (password == null || !passwordEncoder.matches(password, account.passwordHash())) {
            throw InvalidInputException.of("password", "password.wrong", "the password is not right");
        }
        if (!verify(account, code)) {
            throw InvalidInputException.of("code", "totp.wrongCode", "the code does not match");
        }
        account.twoFactor().disable();
        recoveryCodes.deleteByAccount(id.value());
    }
}
