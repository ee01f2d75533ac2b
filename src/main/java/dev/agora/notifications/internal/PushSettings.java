package dev.agora.notifications.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.notifications.push.*}: the VAPID key pair (base64url, uncompressed P-256 public key and raw private
 * key, e.g. from {@code npx web-push generate-vapid-keys}) and the contact push services may use. Without keys
 * each start makes a fresh pair, fine for development; with several nodes or restarts browsers then have to
 * subscribe again, so production sets them (AGORA_VAPID_PUBLIC_KEY, AGORA_VAPID_PRIVATE_KEY).
 */
@ConfigurationProperties("agora.notifications.push")
record PushSettings(
        @Nullable String publicKey,
        @Nullable String privateKey,
        @DefaultValue("mailto:operator@agora.test") String subject,
        @DefaultValue("86400") int ttlSeconds) {}
