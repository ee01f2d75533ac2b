package dev.agora.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: {@code agora_pat_} plus 256 random bits, URL-safe. The prefix lets secret scanners (and
 * people) recognise a leaked Agora token. A fast hash suffices: the secret is random, not a password.
 */
final class TokenSecrets {

    static final String PREFIX = "agora_pat_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean looksLikeToken(String value) {
        return value.startsWith(PREFIX) && value.length() < 100;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What lists show so the owner can tell tokens apart: the prefix and four characters. */
    static String hint(String secret) {
        return secret.substring(0, PREFIX.length() + 4) + "…";
    }
}
