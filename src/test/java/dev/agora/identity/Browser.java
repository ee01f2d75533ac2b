package dev.agora.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.TestMailServer;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;

/**
 * A cookie-keeping HTTP client against the running app, like a browser without JavaScript: forms are posted
 * with the CSRF token read from the page. Each browser gets its own client address (X-Forwarded-For, which the
 * app honours behind its proxy) so login throttling in one test never meets another.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String base;
    private final String address = randomAddress();
    private String language = "en";

    Browser(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Browser speaking(String language) {
        this.language = language;
        return this;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** Opens the page with the form, then posts the fields with the page's CSRF token. */
    HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
        var page = get(pagePath);
        assertThat(page.statusCode()).as("form page %s", pagePath).isEqualTo(200);
        var withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrf(page.body()));
        return post(action, withToken);
    }

    HttpResponse<String> post(String action, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    HttpResponse<String> logIn(String email, String password) {
        return submit("/login", "/login", Map.of("username", email, "password", password));
    }

    /** The display name shows in the header menu only for a signed-in member. */
    boolean isSignedInAs(String displayName) {
        return get("/login").body().contains("<summary>" + displayName + "</summary>");
    }

    Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(URI::create).map(uri ->
                uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())).orElse("");
    }

    static String csrf(String html) {
        var matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("CSRF token in page").isTrue();
        return matcher.group(1);
    }

    /** Waits for the newest mail to the address whose subject matches and returns the path of its link. */
    static String linkInMail(String recipient, String subjectPart) {
        var mail = Awaitility.await().atMost(Duration.ofSeconds(20)).until(
                () -> TestMailServer.mailsTo(recipient).stream()
                        .filter(m -> subject(m).contains(subjectPart)).reduce((a, b) -> b),
                Optional::isPresent).orElseThrow();
        var matcher = LINK.matcher(plainText(mail));
        assertThat(matcher.find()).as("link in mail").isTrue();
        var uri = URI.create(matcher.group());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    static String subject(jakarta.mail.Message message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = plainText(multipart.getBodyPart(i));
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomAddress() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("X-Forwarded-For", address)
                .header("Accept-Language", language);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
