package dev.agora;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client for integration tests against the running app: keeps cookies, never follows
 * redirects (tests assert them), and can read the CSRF token of a page it fetched.
 */
public final class WebClient {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    public WebClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    public HttpResponse<String> get(String path, String... headers) {
        var builder = request(path).GET();
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.build());
    }

    public HttpResponse<String> postForm(String path, String form) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The hidden {@code _csrf} form field of a page, as Thymeleaf renders it into every POST form. */
    public static String csrfToken(String page) {
        Matcher matcher = CSRF_FIELD.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("page has no CSRF form field");
        }
        return matcher.group(1);
    }

    /** Logs in through the login form; the client then holds the session cookie. */
    public void logIn(String email, String password) {
        String token = csrfToken(get("/login").body());
        var response = postForm("/login", "username=" + encode(email) + "&password=" + encode(password)
                + "&_csrf=" + encode(token));
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed for " + email + ": " + response.statusCode());
        }
    }

    public static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
