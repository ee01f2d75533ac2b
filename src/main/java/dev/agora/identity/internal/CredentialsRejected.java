package dev.agora.identity.internal;

/** Email and password (and second factor) did not open the account; the reason says which step failed. */
public class CredentialsRejected extends RuntimeException {

    public enum Reason { WRONG_CREDENTIALS, ACCOUNT_LOCKED, SECOND_FACTOR_REQUIRED }

    private final Reason reason;

    CredentialsRejected(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
