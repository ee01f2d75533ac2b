package dev.agora.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class TokensPageTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("(agora_pat_[A-Za-z0-9_-]{43})");
    private static final Pattern REVOKE = Pattern.compile("action=\"(/me/tokens/[0-9a-f-]{36}/revoke)\"");

    @LocalServerPort
    int port;

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void memberCreatesSeesTheSecretOnceUsesItAndRevokesIt() throws Exception {
        var api = new ApiClient(port);
        String email = api.newMember("Wendy Web");
        var login = post("/login", Map.of("username", email, "password", ApiClient.PASSWORD), csrfOf(get("/login")));
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        var page = get("/me/tokens");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("API tokens");

        var created = post("/me/tokens", Map.of("name", "cron job", "scope", "read"), csrfOf(page));
        assertThat(created.statusCode()).isEqualTo(200);
        Matcher secret = SECRET.matcher(created.body());
        assertThat(secret.find()).isTrue();
        assertThat(created.body()).contains("cron job");
        assertThat(api.get("/api/v1/me", "Authorization", ApiClient.bearer(secret.group(1))).statusCode()).isEqualTo(200);

        var again = get("/me/tokens");
        assertThat(again.body()).doesNotContain(secret.group(1)).contains("cron job");
        Matcher revoke = REVOKE.matcher(again.body());
        assertThat(revoke.find()).isTrue();
        var revoked = post(revoke.group(1), Map.of(), csrfOf(again));
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(api.get("/api/v1/me", "Authorization", ApiClient.bearer(secret.group(1))).statusCode()).isEqualTo(401);
    }

    @Test
    void pageIsGermanWhenAskedFor() throws Exception {
        var api = new ApiClient(port);
        String email = api.newMember("Dora Deutsch");
        post("/login", Map.of("username", email, "password", ApiClient.PASSWORD), csrfOf(get("/login")));
        var page = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/me/tokens"))
                .header("Accept-Language", "de").GET());
        assertThat(page.body()).contains("Token erstellen");
    }

    @Test
    void anonymousVisitorIsSentToLogin() throws Exception {
        var page = get("/me/tokens");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String csrf) throws Exception {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&", ""));
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfOf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("CSRF token in page").isTrue();
        return matcher.group(1);
    }
}
