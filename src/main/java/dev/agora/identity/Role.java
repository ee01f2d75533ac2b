package dev.agora.identity;

/** One account buys and sells; operators run the marketplace and are never created by sign-up. */
public enum Role {
    MEMBER,
    OPERATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
