package dev.agora.kernel.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ApiRateLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    RateLimitSettings settings;

    @Test
    void anonymousClientBeyondItsLimitGets429ProblemWithRetryAfter() {
        var api = new ApiClient(port);
        // an address of its own (X-Forwarded-For is honoured) so other tests keep their budget
        String address = "203.0.113.77";
        // the bucket refills while we call, so call faster than it refills: in parallel batches
        HttpResponse<String> last = null;
        var threads = Executors.newVirtualThreadPerTaskExecutor();
        for (int batch = 0; batch < 2 * settings.anonymousPerMinute() / 50 + 2 && last == null; batch++) {
            last = IntStream.range(0, 50).mapToObj(call -> CompletableFuture.supplyAsync(
                            () -> api.get("/api/v1/users/nobody-here", "X-Forwarded-For", address), threads))
                    .toList().stream()
                    .map(CompletableFuture::join)
                    .filter(response -> response.statusCode() == 429)
                    .findFirst()
                    .orElse(null);
        }
        assertThat(last).isNotNull();
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        threads.close();
        var otherClient = api.get("/api/v1/users/nobody-here", "X-Forwarded-For", "198.51.100.7");
        assertThat(otherClient.statusCode()).isEqualTo(404);
        assertThat(otherClient.headers().firstValue("RateLimit-Remaining")).isPresent();
    }
}
