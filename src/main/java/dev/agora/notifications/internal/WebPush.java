package dev.agora.notifications.internal;

import static dev.agora.notifications.internal.NotificationStore.utc;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Security;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.martijndwars.webpush.AbstractPushService;
import nl.martijndwars.webpush.Encoding;
import nl.martijndwars.webpush.Notification;
import nl.martijndwars.webpush.Utils;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Web Push (RFC 8030/8291/8292) to the devices members subscribed: the payload {@code {"title", "body", "url"}}
 * is encrypted for each subscription (aes128gcm) and signed with the VAPID key pair by the kept library
 * {@code nl.martijndwars:web-push} (on BouncyCastle); the JDK HTTP client POSTs it to the subscription's push
 * service. Queueing, retries with backoff and dropping gone subscriptions are {@link PushDeliveries}' job. The VAPID
 * key pair comes from configuration or, when none is configured (development, the embedded default), from
 * {@link VapidKeys}, which generates one on first use and keeps it in the database so subscriptions survive restarts.
 */
@Component
public class WebPush {

    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect", "upgrade");

    record Subscription(UUID id, String endpoint, String p256dh, String auth) {}

    private final JdbcClient jdbc;
    private final PushSettings settings;
    private final VapidKeys keys;
    private volatile @org.jspecify.annotations.Nullable Vapid vapid;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebPush(JdbcClient jdbc, PushSettings settings, VapidKeys keys, JsonMapper json, Clock clock) {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
        this.jdbc = jdbc;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.keys = keys;
    }

    /** Loaded on first use, not at start: a stored pair is read from (or a new one written to) the database. */
    private Vapid vapid() {
        Vapid loaded = vapid;
        if (loaded == null) {
            synchronized (this) {
                if (vapid == null) {
                    try {
                        vapid = new Vapid(keys.load(), settings.subject());
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("The VAPID keys (agora.notifications.push.*) are not valid", e);
                    }
                }
                loaded = vapid;
            }
        }
        return loaded;
    }

    /** The VAPID public key (base64url) browsers subscribe with ({@code applicationServerKey}). */
    public String publicKey() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Utils.encode((ECPublicKey) vapid().getPublicKey()));
    }

    @Transactional
    public void subscribe(AccountId member, String endpoint, String p256dh, String auth) {
        URI uri = endpoint(endpoint);
        byte[] key = base64(p256dh, "keys.p256dh");
        byte[] secret = base64(auth, "keys.auth");
        if (key.length != 65 || key[0] != 4) {
            throw InvalidInputException.of("keys.p256dh", "push.key", "not an uncompressed P-256 public key");
        }
        if (secret.length != 16) {
            throw InvalidInputException.of("keys.auth", "push.key", "the auth secret must have 16 bytes");
        }
        jdbc.sql("DELETE FROM notifications_push_subscriptions WHERE endpoint = ?").param(uri.toString()).update();
        jdbc.sql("INSERT INTO notifications_push_subscriptions (id, account_id, endpoint, p256dh, auth, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), member.value(), uri.toString(), p256dh, auth, utc(clock.instant())).update();
    }

    @Transactional
    public boolean unsubscribe(AccountId member, String endpoint) {
        return jdbc.sql("DELETE FROM notifications_push_subscriptions WHERE account_id = ? AND endpoint = ?")
                .params(member.value(), endpoint).update() > 0;
    }

    boolean hasSubscriptions(AccountId member) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_push_subscriptions WHERE account_id = ?")
                .param(member.value()).query(Long.class).single() > 0;
    }

    /** The subscriptions a notification for the member goes to (each is one delivery). */
    List<UUID> subscriptionsOf(AccountId member) {
        return jdbc.sql("SELECT id FROM notifications_push_subscriptions WHERE account_id = ?").param(member.value())
                .query(UUID.class).list();
    }

    java.util.Optional<Subscription> subscription(UUID id) {
        return jdbc.sql("SELECT id, endpoint, p256dh, auth FROM notifications_push_subscriptions WHERE id = ?").param(id)
                .query((rs, n) -> new Subscription(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .optional();
    }

    /** The browser dropped the subscription (its push service answered 404 or 410). */
    void drop(UUID subscription) {
        jdbc.sql("DELETE FROM notifications_push_subscriptions WHERE id = ?").param(subscription).update();
    }

    /**
     * Encrypts and posts one notification to one subscription; returns the push service's HTTP status and throws
     * when it could not be reached. {@link PushDeliveries} decides what the answer means (sent, gone, retry).
     */
    int deliver(Subscription subscription, String title, String text, String link) throws Exception {
        byte[] payload = json.writeValueAsString(Map.of("title", title, "body", text, "url", link))
                .getBytes(StandardCharsets.UTF_8);
        return post(subscription, payload);
    }

    private int post(Subscription subscription, byte[] payload) throws Exception {
        var notification = new Notification(subscription.endpoint(), subscription.p256dh(), subscription.auth(), payload,
                settings.ttlSeconds());
        var prepared = vapid().prepare(notification);
        var request = HttpRequest.newBuilder(URI.create(prepared.getUrl())).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(prepared.getBody()));
        prepared.getHeaders().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                request.header(name, value);
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static URI endpoint(String endpoint) {
        try {
            URI uri = URI.create(endpoint == null ? "" : endpoint.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && endpoint.length() <= 1000) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw InvalidInputException.of("endpoint", "push.endpoint", "not a push service URL");
    }

    private static byte[] base64(String value, String field) {
        try {
            return Base64.getUrlDecoder().decode(value == null ? "" : value.strip().replace('+', '-').replace('/', '_')
                    .replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "push.key", "not base64url");
        }
    }

    /** The library's request building (encryption, VAPID header) without its HTTP transports. */
    private static final class Vapid extends AbstractPushService<Vapid> {

        Vapid(KeyPair keys, String subject) {
            super(keys, subject);
        }

        nl.martijndwars.webpush.HttpRequest prepare(Notification notification) throws Exception {
            return prepareRequest(notification, Encoding.AES128GCM);
        }
    }
}
