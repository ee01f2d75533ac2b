package dev.agora.notifications.internal;

import static dev.agora.notifications.internal.NotificationStore.utc;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.Base64;
import nl.martijndwars.webpush.Utils;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The VAPID key pair Web Push is signed with. Configured keys win (production must set them: the kernel's
 * production guard refuses to start without). Otherwise the first node to need a pair generates one and keeps it
 * in {@code notifications_vapid_keys}, so browsers stay subscribed across restarts and every node on the database
 * signs with the same key; the insert is conflict-free, so two nodes starting at once agree on the first pair stored.
 */
@Component
class VapidKeys {

    private static final Logger log = LoggerFactory.getLogger(VapidKeys.class);

    private final JdbcClient jdbc;
    private final PushSettings settings;
    private final Clock clock;

    VapidKeys(JdbcClient jdbc, PushSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    KeyPair load() throws GeneralSecurityException {
        if (present(settings.publicKey()) && present(settings.privateKey())) {
            return new KeyPair(Utils.loadPublicKey(settings.publicKey()), Utils.loadPrivateKey(settings.privateKey()));
        }
        var stored = stored();
        if (stored == null) {
            log.warn("No VAPID keys configured (agora.notifications.push.*): generating a pair kept in the database "
                    + "(development only; production sets AGORA_VAPID_PUBLIC_KEY and AGORA_VAPID_PRIVATE_KEY)");
            KeyPair generated = generate();
            jdbc.sql("INSERT INTO notifications_vapid_keys (id, public_key, private_key, created_at) VALUES (1, ?, ?, ?) "
                            + "ON CONFLICT DO NOTHING")
                    .params(b64(Utils.encode((ECPublicKey) generated.getPublic())),
                            b64(Utils.encode((ECPrivateKey) generated.getPrivate())), utc(clock.instant()))
                    .update();
            stored = stored();
        }
        return new KeyPair(Utils.loadPublicKey(stored[0]), Utils.loadPrivateKey(stored[1]));
    }

    private String @org.jspecify.annotations.Nullable [] stored() {
        return jdbc.sql("SELECT public_key, private_key FROM notifications_vapid_keys WHERE id = 1")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional().orElse(null);
    }

    private static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("ECDH", BouncyCastleProvider.PROVIDER_NAME);
        generator.initialize(ECNamedCurveTable.getParameterSpec("prime256v1"));
        return generator.generateKeyPair();
    }

    private static boolean present(@org.jspecify.annotations.Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
