package dev.agora.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.agora.IntegrationTest;
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

/**
 * Web Push against a local HTTP receiver playing the push service: the request carries a VAPID authorisation for
 * our public key, and the body decrypts (RFC 8291, done here with the JDK alone, independent of the library) to
 * the notification; a 410 answer removes the subscription.
 */
@IntegrationTest
class WebPushTests {

    record Received(Map<String, String> headers, byte[] body) {}

    @Autowired WebPush push;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;

    @Test
    void aNotificationIsPushedEncryptedAndSignedAndAGoneSubscriptionIsDropped() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger answer = new AtomicInteger(201);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/push/", exchange -> {
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
            received.add(new Received(headers, exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        receiver.start();
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair device = generator.generateKeyPair();
            byte[] auth = new byte[16];
            new SecureRandom().nextBytes(auth);
            AccountId seller = ListingFixtures.newSeller(identity);
            String endpoint = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/push/" + seller;
            push.subscribe(seller, endpoint, b64(point((ECPublicKey) device.getPublic())), b64(auth));

            var bike = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Pushed bike")).id());

            Received request = Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> received.isEmpty() ? null : received.getFirst(), r -> r != null);
            assertThat(request.headers()).containsEntry("content-encoding", "aes128gcm").containsKey("ttl");
            assertThat(request.headers().get("authorization")).startsWith("vapid t=").contains("k=" + push.publicKey());
            String payload = new String(decrypt(request.body(), device, auth), StandardCharsets.UTF_8);
            assertThat(payload).contains("\"title\":\"Agora\"").contains("Pushed bike").contains("/l/" + bike.id());

            answer.set(410);
            push.send(seller, "Agora", "still there?", "/");
            assertThat(push.hasSubscriptions(seller)).as("a 410 removes the subscription").isFalse();
        } finally {
            receiver.stop(0);
        }
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
