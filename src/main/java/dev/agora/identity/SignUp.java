package dev.agora.identity;

/** What a person gives to open an account. Validated by {@link IdentityManagement#register}. */
public record SignUp(String email, String password, String displayName) {}
