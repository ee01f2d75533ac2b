package dev.agora.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.agora.IntegrationTest;
import dev.agora.kernel.validation.InvalidInputException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class WebhookTests {

    record Received(String signature, String body) {}

    @LocalServerPort int port;
    @Autowired Webhooks webhooks;
    @Autowired WebhookDeliveries deliveries;
    @Autowired EventFeed feed;

    @Test
    void aReceiverVerifiesTheSignatureAndGetsTheEventAgainAfterAnswering500() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst("Agora-Signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 500 : 204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            var registered = webhooks.register("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                    List.of("test.webhook"));
            UUID eventId = UUID.randomUUID();
            feed.append(eventId, "test.webhook", Instant.now(), Map.of("listingId", "abc"));
            feed.append(UUID.randomUUID(), "test.other", Instant.now(), Map.of());

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 2);
            for (Received call : received) {
                String[] parts = call.signature().split(",");
                long timestamp = Long.parseLong(parts[0].substring(2));
                assertThat(parts[1]).isEqualTo("v1=" + WebhookSignatures.hmac(registered.secret(), timestamp + "." + call.body()));
                assertThat(call.body()).contains(eventId.toString()).contains("\"listingId\":\"abc\"");
            }
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.log(registered.webhook().id()).getFirst()
                    .status().equals("DELIVERED"));
            var log = deliveries.log(registered.webhook().id());
            assertThat(log).singleElement().satisfies(d -> assertThat(d.attempts()).isEqualTo(2));

            assertThat(deliveries.replay(log.getFirst().id())).isTrue();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 3);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void urlsThatAreNotHttpOrPointAtTheAppItselfAreRejected() {
        for (String url : List.of("ftp://example.org/hook", "javascript:alert(1)", "not a url",
                "http://localhost:" + port + "/x", "http://127.0.0.1:" + port + "/api/v1/events")) {
            assertThatThrownBy(() -> webhooks.register(url, List.of("*"))).as(url).isInstanceOf(InvalidInputException.class);
        }
    }
}
