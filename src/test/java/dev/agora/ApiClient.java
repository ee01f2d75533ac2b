package dev.agora;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls against the running test application, with JSON helpers for API tests. */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String PASSWORD = "correct-horse-battery-9";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(withHeaders(request(path).GET(), headers));
    }

    public HttpResponse<String> postJson(String path, Object body, String... headers) {
        return send(withHeaders(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))), headers));
    }

    public HttpResponse<String> patchJson(String path, Object body, String... headers) {
        return send(withHeaders(request(path).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))), headers));
    }

    public HttpResponse<String> delete(String path, String... headers) {
        return send(withHeaders(request(path).DELETE(), headers));
    }

    /** Signs up a fresh member and returns their email. */
    public String newMember(String displayName) {
        String email = "m-" + UUID.randomUUID() + "@example.org";
        var response = postJson("/api/v1/accounts", Map.of("email", email, "password", PASSWORD, "displayName", displayName));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("sign-up failed: " + response.body());
        }
        return email;
    }

    /** A fresh member's bearer token with the given scope. */
    public String newToken(String scope) {
        String email = newMember("Token Tester");
        return tokenFor(email, scope);
    }

    public String tokenFor(String email, String scope) {
        var response = postJson("/api/v1/auth/tokens", Map.of("email", email, "password", PASSWORD, "scope", scope));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("token failed: " + response.body());
        }
        return body(response).get("token").asString();
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static String json(Object body) {
        return body instanceof String text ? text : JSON.writeValueAsString(body);
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
        return headers.length == 0 ? request : request.headers(headers);
    }
}
