package dev.agora.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import java.net.http.HttpHeaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SecurityHeadersTests {

    @LocalServerPort
    int port;

    WebClient web;

    @BeforeEach
    void newBrowser() {
        web = new WebClient(port);
    }

    @Test
    void pagesForbidInlineScriptsFramingAndSniffing() {
        HttpHeaders headers = web.get("/").headers();

        String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() {
        assertThat(web.get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();

        var behindTls = web.get("/", "X-Forwarded-Proto", "https");
        assertThat(behindTls.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(value -> assertThat(value).contains("max-age="));
    }

    @Test
    void sessionAndCsrfCookiesAreHttpOnlyAndSameSiteLax() {
        var login = web.get("/login"); // renders a CSRF token: kept in a cookie, no session yet (decision 0017)
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("HttpOnly")
                        .contains("SameSite=Lax"))
                .noneSatisfy(cookie -> assertThat(cookie).startsWith("SESSION="));

        var loggedIn = web.postForm("/login", "username=" + WebClient.encode("buyer@agora.test")
                + "&password=agora-demo-2026&_csrf=" + WebClient.encode(WebClient.csrfToken(login.body())));
        assertThat(loggedIn.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly")
                        .contains("SameSite=Lax"));
    }

    @Test
    void formPostWithoutCsrfTokenIsRejected() {
        web.logIn("buyer@agora.test", "agora-demo-2026");

        var logout = web.postForm("/logout", "");

        assertThat(logout.statusCode()).isEqualTo(403);
        assertThat(web.get("/").body()).contains("Bea Buyer"); // still logged in
    }

    @Test
    void staticAssetsGetTheSameProtectiveHeaders() {
        var manifest = web.get("/sw.js");
        assertThat(manifest.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(manifest.headers().firstValue("Content-Security-Policy")).isPresent();
    }
}
