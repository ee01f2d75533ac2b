package dev.agora.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.agora.IntegrationTest;
import dev.agora.TestClock;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Web Push against a local HTTP receiver playing the push service: the request carries a VAPID authorisation for
 * our public key, and the body decrypts (RFC 8291, done here with the JDK alone, independent of the library) to
 * the notification. A 500 answer is retried with the email backoff and listed for operators meanwhile; an
 * unreachable service is given up after the last attempt; a 410 answer removes the subscription.
 */
@IntegrationTest
class WebPushTests {

    record Received(Map<String, String> headers, byte[] body) {}

    @Autowired WebPush push;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired DeliveryFailures failures;
    @Autowired NotificationsSettings settings;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    private DeliveryFailures.Failure pushFailureOf(AccountId member) {
        return failures.recent().stream().filter(f -> f.channel().equals("PUSH"))
                .filter(f -> recipientOf(f.notificationId()).equals(member.value())).findFirst().orElse(null);
    }

    private java.util.UUID recipientOf(java.util.UUID notification) {
        return jdbc.sql("SELECT recipient_id FROM notifications_items WHERE id = ?").param(notification)
                .query(java.util.UUID.class).single();
    }

    private String statusOf(java.util.UUID delivery) {
        return jdbc.sql("SELECT status FROM notifications_push_deliveries WHERE id = ?").param(delivery)
                .query(String.class).single();
    }

    private static HttpServer receiver(List<Received> received, AtomicInteger answer) throws java.io.IOException {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/push/", exchange -> {
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
            received.add(new Received(headers, exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        receiver.start();
        return receiver;
    }

    private static KeyPair deviceKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    @Test
    void aFailedPushIsRetriedWithBackoffVisibleToOperatorsThenDeliveredEncryptedAndSigned() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger answer = new AtomicInteger(500);
        HttpServer receiver = receiver(received, answer);
        try {
            KeyPair device = deviceKeys();
            byte[] auth = new byte[16];
            new SecureRandom().nextBytes(auth);
            AccountId seller = ListingFixtures.newSeller(identity);
            String endpoint = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/push/" + seller;
            push.subscribe(seller, endpoint, b64(point((ECPublicKey) device.getPublic())), b64(auth));

            var bike = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Pushed bike")).id());

            // the push service answers 500: the delivery waits for its retry and operators see it failing
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !received.isEmpty());
            DeliveryFailures.Failure failing = Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> pushFailureOf(seller), f -> f != null && f.attempts() == 1);
            assertThat(failing.status()).isEqualTo("PENDING");
            assertThat(failing.lastError()).contains("500");
            assertThat(Duration.between(Instant.now(), failing.nextAttemptAt()))
                    .as("first retry after agora.notifications.first-retry (1 minute)")
                    .isBetween(Duration.ofSeconds(40), Duration.ofSeconds(61));
            assertThat(received).as("no retry before the backoff").hasSize(1);

            answer.set(201);
            clock.advance(Duration.ofSeconds(61));
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> received.size() == 2);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> pushFailureOf(seller) == null);
            assertThat(statusOf(failing.deliveryId())).isEqualTo("SENT");

            Received request = received.get(1);
            assertThat(request.headers()).containsEntry("content-encoding", "aes128gcm").containsKey("ttl");
            assertThat(request.headers().get("authorization")).startsWith("vapid t=").contains("k=" + push.publicKey());
            String payload = new String(decrypt(request.body(), device, auth), StandardCharsets.UTF_8);
            assertThat(payload).contains("\"title\":\"Agora\"").contains("Pushed bike").contains("/l/" + bike.id());

            // the browser dropped the subscription: 410 removes it, nothing is retried
            answer.set(410);
            listings.publish(seller, listings.create(seller, ListingFixtures.bike("Second pushed bike")).id());
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !push.hasSubscriptions(seller));
            assertThat(received).hasSize(3);
            assertThat(pushFailureOf(seller)).as("a gone subscription is not a failure").isNull();
        } finally {
            clock.reset();
            receiver.stop(0);
        }
    }

    @Test
    void anUnreachablePushServiceIsGivenUpAfterTheLastAttemptAndStaysListedAsFailed() throws Exception {
        AccountId member = ListingFixtures.newSeller(identity);
        // nothing listens on this port
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        push.subscribe(member, "http://127.0.0.1:" + closed + "/push/x", b64(point((ECPublicKey) deviceKeys().getPublic())),
                b64(new byte[16]));
        try {
            listings.publish(member, listings.create(member, ListingFixtures.bike("Unreachable push")).id());
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> pushFailureOf(member), f -> f != null);
            for (int attempt = 2; attempt <= settings.maxAttempts(); attempt++) {
                int expected = attempt;
                clock.advance(settings.firstRetry().multipliedBy(1L << (attempt - 2)).plusSeconds(1));
                Awaitility.await().atMost(Duration.ofSeconds(60))
                        .until(() -> pushFailureOf(member), f -> f != null && f.attempts() == expected);
            }
            assertThat(pushFailureOf(member).status()).isEqualTo("FAILED");
            assertThat(push.hasSubscriptions(member)).as("a failure is not a gone subscription").isTrue();

            // operators see it in the API and on the console page beside the webhooks
            var api = new dev.agora.ApiClient(port);
            String operator = dev.agora.ApiClient.body(api.postJson("/api/v1/auth/tokens", Map.of("email", "ops@agora.test",
                    "password", "configured operator 2026", "scope", "read"))).get("token").asString();
            String deliveryId = pushFailureOf(member).deliveryId().toString();
            var listed = dev.agora.ApiClient.body(api.get("/api/v1/admin/notifications/failures", "Authorization",
                    dev.agora.ApiClient.bearer(operator)));
            assertThat(listed.toString()).contains(deliveryId).contains("\"channel\":\"PUSH\"");
            var console = new dev.agora.WebClient(port);
            console.logIn("ops@agora.test", "configured operator 2026");
            assertThat(console.get("/admin/webhooks").body()).contains("Failing notification deliveries")
                    .containsPattern("<td>PUSH</td><td>FAILED</td><td>" + settings.maxAttempts() + "</td>");
        } finally {
            clock.reset();
        }
    }

    @Test
    void aGeneratedVapidKeyPairIsKeptInTheDatabaseAndReusedByTheNextStart() throws Exception {
        var unconfigured = new PushSettings(null, null, "mailto:test@agora.test", 60);
        var nextStart = new WebPush(jdbc, unconfigured, new VapidKeys(jdbc, unconfigured, clock),
                tools.jackson.databind.json.JsonMapper.builder().build(), clock);
        assertThat(nextStart.publicKey()).as("the running app's key").isEqualTo(push.publicKey());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notifications_vapid_keys").query(Long.class).single()).isEqualTo(1);
        assertThat(java.util.Base64.getUrlDecoder().decode(push.publicKey())).hasSize(65);
    }

    @Test
    void badSubscriptionsAreRefused() {
        AccountId member = ListingFixtures.newSeller(identity);
        assertThatThrownBy(() -> push.subscribe(member, "ftp://push.example.org/x", b64(new byte[65]), b64(new byte[16])))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> push.subscribe(member, "https://push.example.org/x", b64(new byte[10]), b64(new byte[16])))
                .isInstanceOf(InvalidInputException.class);
        assertThat(push.hasSubscriptions(member)).isFalse();
    }

    /** RFC 8291 / RFC 8188 decryption of one aes128gcm record as the browser does it. */
    static byte[] decrypt(byte[] body, KeyPair device, byte[] auth) throws Exception {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        in.getInt(); // record size
        byte[] serverKey = new byte[in.get() & 0xff];
        in.get(serverKey);
        byte[] cipherText = new byte[in.remaining()];
        in.get(cipherText);

        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(device.getPrivate());
        agreement.doPhase(publicKey(serverKey), true);
        byte[] shared = agreement.generateSecret();
        byte[] devicePoint = point((ECPublicKey) device.getPublic());
        byte[] info = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), devicePoint, serverKey);
        byte[] ikm = hmac(hmac(auth, shared), concat(info, new byte[] {1}));
        byte[] prk = hmac(salt, ikm);
        byte[] cek = Arrays.copyOf(hmac(prk, concat("Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII),
                new byte[] {1})), 16);
        byte[] nonce = Arrays.copyOf(hmac(prk, concat("Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII),
                new byte[] {1})), 12);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] plain = cipher.doFinal(cipherText);
        int end = plain.length - 1;
        while (plain[end] == 0) {
            end--;
        }
        assertThat(plain[end]).as("last-record delimiter").isEqualTo((byte) 2);
        return Arrays.copyOf(plain, end);
    }

    static byte[] point(ECPublicKey key) {
        byte[] out = new byte[65];
        out[0] = 4;
        copy(key.getW().getAffineX(), out, 1);
        copy(key.getW().getAffineY(), out, 33);
        return out;
    }

    static java.security.PublicKey publicKey(byte[] point) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        var params = ((ECPublicKey) generator.generateKeyPair().getPublic()).getParams();
        var w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)), new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, params));
    }

    private static void copy(BigInteger value, byte[] out, int offset) {
        byte[] raw = value.toByteArray();
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, out, offset + 32 - length, length);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        ByteBuffer out = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            out.put(part);
        }
        return out.array();
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
