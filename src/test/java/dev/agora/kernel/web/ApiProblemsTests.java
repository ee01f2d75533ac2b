package dev.agora.kernel.web;

import static dev.agora.ApiClient.bearer;
import static dev.agora.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ApiProblemsTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void validationErrorsListEachFieldWithItsReason() {
        var response = api.postJson("/api/v1/accounts", Map.of("email", "not-an-email", "password", "short", "displayName", ""));
        assertProblem(response, 400, "invalid-input");
        var fields = java.util.stream.StreamSupport.stream(body(response).get("errors").spliterator(), false).map(error -> error.get("field").asString()).toList();
        assertThat(fields).contains("email", "password", "displayName");
        assertThat(body(response).get("errors").get(0).has("code")).isTrue();
        assertThat(body(response).get("errors").get(0).has("message")).isTrue();
    }

    @Test
    void malformedJsonIsA400Problem() {
        assertProblem(api.postJson("/api/v1/accounts", "{\"email\": "), 400, null);
    }

    @Test
    void wrongContentTypeIsA415Problem() {
        var response = api.send(api.request("/api/v1/accounts").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));
        assertProblem(response, 415, null);
    }

    @Test
    void unknownApiRouteIsA404ProblemNotTheWebErrorPage() {
        var response = api.get("/api/v1/no-such-thing", "Accept", "text/html");
        assertProblem(response, 404, null);
        assertThat(response.body()).doesNotContain("<html");
    }

    @Test
    void wrongMethodIsA405ProblemNamingTheAllowedOnes() {
        var response = api.get("/api/v1/accounts");
        assertProblem(response, 405, null);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void oversizedUploadIsA413Problem() {
        String boundary = "agora-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[10 * 1024 * 1024 + 1024];
        Arrays.fill(file, (byte) 'x');
        var response = api.send(api.request("/api/v1/test-failures/upload")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, file, tail))));
        assertProblem(response, 413, null);
    }

    @Test
    void unauthenticatedIsA401ProblemAskingForABearerToken() {
        var response = api.get("/api/v1/me");
        assertProblem(response, 401, "unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void unknownBearerTokenIsA401Problem() {
        var response = api.get("/api/v1/me", "Authorization", bearer("agora_pat_not-a-real-one"));
        assertProblem(response, 401, "unauthenticated");
    }

    @Test
    void forbiddenIsA403Problem() {
        var response = api.get("/api/v1/admin/anything", "Authorization", bearer(api.newToken("read")));
        assertProblem(response, 403, "forbidden");
    }

    @Test
    void unexpectedExceptionIsA500ProblemWithoutInternals() {
        var response = api.postJson("/api/v1/test-failures/boom", "{}");
        assertProblem(response, 500, "internal-error");
        assertThat(response.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException")
                .doesNotContain("at dev.agora");
    }

    static void assertProblem(HttpResponse<String> response, int status, String typeSlug) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var problem = body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.has("title")).isTrue();
        if (typeSlug != null) {
            assertThat(problem.get("type").asString()).isEqualTo(Problems.BASE + typeSlug);
        }
    }
}
