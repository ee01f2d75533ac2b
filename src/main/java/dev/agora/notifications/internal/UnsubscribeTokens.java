package dev.agora.notifications.internal;

import dev.agora.identity.AccountId;
import dev.agora.notifications.NotificationCategory;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signed unsubscribe tokens ({@code account:category} plus an HMAC-SHA256): a mail link works without a
 * login and cannot be forged for someone else or another category. They do not expire, like the mail.
 */
@Component
class UnsubscribeTokens {

    record Subject(AccountId account, NotificationCategory category) {}

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private final byte[] key;

    UnsubscribeTokens(NotificationsSettings settings) {
        this.key = settings.unsubscribeKey().getBytes(StandardCharsets.UTF_8);
    }

    String issue(AccountId account, NotificationCategory category) {
        String payload = account + ":" + category.name();
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(sign(payload));
    }

    Optional<Subject> verify(String token) {
        try {
            String[] parts = token.split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            if (parts.length != 2 || !MessageDigest.isEqual(sign(payload), Base64.getUrlDecoder().decode(parts[1]))) {
                return Optional.empty();
            }
            String[] fields = payload.split(":");
            return Optional.of(new Subject(AccountId.of(fields[0]), NotificationCategory.valueOf(fields[1])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
