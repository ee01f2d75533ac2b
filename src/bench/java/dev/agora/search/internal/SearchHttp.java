package dev.agora.search.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The bench's client of {@code GET /api/v1/search} and the search page, as an anonymous caller without a cookie. */
final class SearchHttp {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    SearchHttp(int port) {
        this.port = port;
    }

    private final AtomicInteger cookies = new AtomicInteger();

    /** Fails on anything but 200: a bench of error pages would measure nothing. */
    void get(String query) throws Exception {
        send("/api/v1/search?" + query);
    }

    /** The search page as an anonymous browser's first visit sees it (no cookie sent). */
    void page(String query) throws Exception {
        send("/search?" + query);
    }

    /** How many responses set a session cookie (a session created for an anonymous caller) since the last call. */
    int cookiesSet() {
        return cookies.getAndSet(0);
    }

    private void send(String pathAndQuery) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + pathAndQuery)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        // the CSRF cookie (XSRF-TOKEN, decision 0017) costs nothing on the server; a SESSION cookie is a row written
        if (response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("SESSION="))) {
            cookies.incrementAndGet();
        }
    }

    void get(MultiValueMap<String, String> params) throws Exception {
        get(query(params));
    }

    static String query(MultiValueMap<String, String> params) {
        List<String> pairs = new ArrayList<>();
        params.forEach((name, values) -> values.forEach(value -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return String.join("&", pairs);
    }

    static MultiValueMap<String, String> params(String... pairs) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
