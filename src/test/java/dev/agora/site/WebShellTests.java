package dev.agora.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import java.net.http.HttpRequest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class WebShellTests {

    @LocalServerPort
    int port;

    WebClient web;

    @BeforeEach
    void newBrowser() {
        web = new WebClient(port);
    }

    @Test
    void pagesAreEnglishByDefault() {
        var page = web.get("/").body();
        assertThat(page).contains("<html lang=\"en\"").contains("Browse categories");
    }

    @Test
    void langParameterSwitchesToGermanAndACookieKeepsIt() {
        var switched = web.get("/?lang=de");
        assertThat(switched.body()).contains("<html lang=\"de\"").contains("Kategorien entdecken");
        assertThat(switched.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("agora-lang=de").contains("HttpOnly")
                        .contains("SameSite=Lax"));

        assertThat(web.get("/login").body()).contains("<html lang=\"de\"").contains("Anmelden");
    }

    @Test
    void browserLanguageIsUsedWhenSupportedAndEnglishOtherwise() {
        assertThat(web.get("/", "Accept-Language", "de-AT,de;q=0.9").body()).contains("<html lang=\"de\"");
        assertThat(web.get("/", "Accept-Language", "fr-FR").body()).contains("<html lang=\"en\"");
        assertThat(web.get("/?lang=xx").body()).contains("<html lang=\"en\"");
    }

    @Test
    void unknownPageShowsFriendlyLocalisedNotFoundPage() {
        var english = web.get("/no-such-page", "Accept", "text/html");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(english.body()).contains("Page not found").contains("class=\"site-header\"");

        var german = web.get("/no-such-page?lang=de", "Accept", "text/html");
        assertThat(german.body()).contains("Seite nicht gefunden").contains("<html lang=\"de\"");
    }

    @Test
    void errorPageKeepsTheSignedInMembersMenu() {
        web.logIn("buyer@agora.test", "agora-demo-2026");

        var notFound = web.get("/no-such-page", "Accept", "text/html");

        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("Page not found").contains("Bea Buyer");
    }

    @Test
    void unknownApiPathAnswersJsonNotTheErrorPage() {
        var response = web.get("/api/v1/nope", "Accept", "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(response.body()).doesNotContain("<html");
    }

    @Test
    void oversizedUploadShowsFriendlyTooLargePage() {
        var response = web.send(oversizedUpload("/logout").header("Accept", "text/html").build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("That file is too large").contains("class=\"site-header\"");
    }

    @Test
    void oversizedApiUploadAnswersProblemJson() {
        var response = web.send(oversizedUpload("/api/v1/uploads").header("Accept", "application/json").build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":413");
    }

    private HttpRequest.Builder oversizedUpload(String path) {
        String boundary = "agora-boundary";
        byte[] tooLarge = new byte[13 * 1024 * 1024];
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"big.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        var body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                HttpRequest.BodyPublishers.ofByteArray(tooLarge), HttpRequest.BodyPublishers.ofString(tail));
        return web.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body);
    }

    @Test
    void flashMessageIsRenderedAsStatus() {
        web.logIn("buyer@agora.test", "agora-demo-2026");
        String token = WebClient.csrfToken(web.get("/").body());

        var logout = web.postForm("/logout", "_csrf=" + WebClient.encode(token));
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/?loggedOut"));

        assertThat(web.get("/?loggedOut").body())
                .contains("<div class=\"flash\" role=\"status\"><p>You are logged out. See you soon!</p></div>");
    }

    @Test
    void csrfTokenIsOfferedToHtmxAsEscapedJson() {
        var page = web.get("/").body();
        assertThat(page).containsPattern(Pattern.compile(
                "<body hx-headers=\"\\{&quot;X-CSRF-TOKEN&quot;: &quot;[A-Za-z0-9_=-]+&quot;\\}\">"));
    }

    @Test
    void stylesheetAndScriptLinksAreFingerprintedAndCachedForAYear() {
        var page = web.get("/").body();
        var css = Pattern.compile("href=\"(/css/agora-[0-9a-f]{32}\\.css)\"").matcher(page);
        assertThat(css.find()).as("fingerprinted stylesheet link in %s", page).isTrue();
        assertThat(page).containsPattern("src=\"/js/agora-[0-9a-f]{32}\\.js\"");

        var stylesheet = web.get(css.group(1));
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("max-age=31536000"));
    }

    @Test
    void manifestDescribesTheInstallableApp() {
        var response = web.get("/manifest.webmanifest");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/manifest+json"));
        assertThat(response.body())
                .contains("\"name\":\"Agora\"", "\"short_name\":\"Agora\"", "\"start_url\":\"/\"",
                        "\"display\":\"standalone\"", "\"theme_color\":\"#0f5c4d\"", "\"background_color\":\"#f7f7f4\"")
                .containsPattern("\"src\":\"/icons/icon-512-[0-9a-f]{32}\\.png\"")
                .contains("\"purpose\":\"maskable\"");

        var icon = web.get(Pattern.compile("/icons/icon-maskable-512-[0-9a-f]{32}\\.png")
                .matcher(response.body()).results().findFirst().orElseThrow().group());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).contains("image/png");
    }

    @Test
    void serviceWorkerIsServedFromTheRootWithFingerprintedPrecache() {
        var response = web.get("/sw.js");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/javascript"));
        assertThat(response.headers().firstValue("Service-Worker-Allowed")).contains("/");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-cache"));
        assertThat(response.body())
                .contains("\"/offline\"")
                .containsPattern("\"/css/agora-[0-9a-f]{32}\\.css\"")
                .doesNotContain("__PRECACHE__", "__VERSION__");
    }

    @Test
    void offlinePageIsARealLocalisedPage() {
        assertThat(web.get("/offline").body()).contains("You are offline");
        assertThat(web.get("/offline?lang=de").body()).contains("Du bist offline");
    }
}
