package dev.agora.identity;

import static dev.agora.ApiClient.PASSWORD;
import static dev.agora.ApiClient.bearer;
import static dev.agora.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class IdentityApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void signUpAnswers201WithLocationOfThePublicProfile() {
        String email = "new-" + UUID.randomUUID() + "@example.org";
        var response = api.postJson("/api/v1/accounts", Map.of("email", email, "password", PASSWORD, "displayName", "Nora Newcomer"));
        assertThat(response.statusCode()).isEqualTo(201);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/v1/users/nora-newcomer");
        var profile = api.get(location);
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(body(profile).get("displayName").asString()).isEqualTo("Nora Newcomer");
        assertThat(profile.body()).doesNotContain(email);
    }

    @Test
    void duplicateEmailIs400NamingTheFieldAndCreatesNothing() {
        String email = api.newMember("First Owner");
        long before = accounts();
        var response = api.postJson("/api/v1/accounts", Map.of("email", email, "password", PASSWORD, "displayName", "Second"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("errors").get(0).get("field").asString()).isEqualTo("email");
        assertThat(body(response).get("errors").get(0).get("code").asString()).isEqualTo("email.taken");
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void unknownHandleIs404Problem() {
        var response = api.get("/api/v1/users/no-such-member-" + UUID.randomUUID());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void tokenIsIssuedOnceThenListedWithoutItsSecretAndCanBeRevoked() {
        String email = api.newMember("Tina Tokens");
        var created = api.postJson("/api/v1/auth/tokens",
                Map.of("email", email, "password", PASSWORD, "name", "laptop", "scope", "read-write"));
        assertThat(created.statusCode()).isEqualTo(201);
        String secret = body(created).get("token").asString();
        String id = body(created).get("id").asString();
        assertThat(secret).startsWith("agora_pat_");

        var listed = api.get("/api/v1/auth/tokens", "Authorization", bearer(secret));
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(secret);
        var item = body(listed).get("items").get(0);
        assertThat(item.get("name").asString()).isEqualTo("laptop");
        assertThat(item.get("scope").asString()).isEqualTo("read-write");
        assertThat(item.get("lastUsedAt").isNull()).isFalse();

        var me = api.get("/api/v1/me", "Authorization", bearer(secret));
        assertThat(body(me).get("email").asString()).isEqualTo(email);

        assertThat(api.delete("/api/v1/auth/tokens/" + id, "Authorization", bearer(secret)).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/me", "Authorization", bearer(secret)).statusCode()).isEqualTo(401);
    }

    @Test
    void tokensArePaginatedWithACursor() {
        String email = api.newMember("Paula Pages");
        String token = api.tokenFor(email, "read");
        api.tokenFor(email, "read");
        api.tokenFor(email, "read");
        var first = api.get("/api/v1/auth/tokens?limit=2", "Authorization", bearer(token));
        assertThat(body(first).get("items").size()).isEqualTo(2);
        String cursor = body(first).get("nextCursor").asString();
        var second = api.get("/api/v1/auth/tokens?limit=2&cursor=" + cursor, "Authorization", bearer(token));
        assertThat(body(second).get("items").size()).isEqualTo(1);
        assertThat(body(second).get("nextCursor").isNull()).isTrue();
        assertThat(api.get("/api/v1/auth/tokens?limit=101", "Authorization", bearer(token)).statusCode()).isEqualTo(400);
        assertThat(api.get("/api/v1/auth/tokens?cursor=bogus", "Authorization", bearer(token)).statusCode()).isEqualTo(400);
    }

    @Test
    void readTokenMayReadButNotWrite() {
        String token = api.newToken("read");
        assertThat(api.get("/api/v1/me", "Authorization", bearer(token)).statusCode()).isEqualTo(200);
        var write = api.patchJson("/api/v1/me", Map.of("city", "Bonn"), "Authorization", bearer(token), "If-Match", "*");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(body(write).get("type").asString()).endsWith("/forbidden");
    }

    @Test
    void wrongCredentialsAndLockedAccountsGet401() {
        String email = api.newMember("Lou Locked");
        var wrong = api.postJson("/api/v1/auth/tokens", Map.of("email", email, "password", "wrong-password-123"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(body(wrong).get("type").asString()).endsWith("/wrong-credentials");
        assertThat(api.postJson("/api/v1/auth/tokens", Map.of("email", "nobody-" + UUID.randomUUID() + "@example.org",
                "password", PASSWORD)).statusCode()).isEqualTo(401);

        String token = api.tokenFor(email, "read");
        jdbc.sql("UPDATE identity_account SET locked_until = TIMESTAMP WITH TIME ZONE '2999-01-01 00:00:00+00' WHERE email = ?")
                .param(email).update();
        var locked = api.postJson("/api/v1/auth/tokens", Map.of("email", email, "password", PASSWORD));
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(body(locked).get("type").asString()).endsWith("/account-locked");
        assertThat(api.get("/api/v1/me", "Authorization", bearer(token)).statusCode()).isEqualTo(401);
    }

    @Test
    void patchMeAppliesAMergePatchGuardedByIfMatch() {
        String token = api.newToken("read-write");
        var me = api.get("/api/v1/me", "Authorization", bearer(token));
        String etag = me.headers().firstValue("ETag").orElseThrow();

        var withoutIfMatch = api.patchJson("/api/v1/me", Map.of("city", "Bonn"), "Authorization", bearer(token));
        assertThat(withoutIfMatch.statusCode()).isEqualTo(428);

        var patched = api.patchJson("/api/v1/me", "{\"city\":\"Bonn\",\"latitude\":50.73,\"longitude\":7.1,"
                + "\"languages\":[\"de\",\"en\"],\"bio\":null}", "Authorization", bearer(token), "If-Match", etag);
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        var profile = body(patched).get("profile");
        assertThat(profile.get("city").asString()).isEqualTo("Bonn");
        assertThat(profile.get("displayName").asString()).isEqualTo("Token Tester");
        assertThat(StreamSupport.stream(profile.get("languages").spliterator(), false).map(n -> n.asString()))
                .containsExactly("de", "en");
        assertThat(patched.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);

        var stale = api.patchJson("/api/v1/me", Map.of("city", "Köln"), "Authorization", bearer(token), "If-Match", etag);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(body(api.get("/api/v1/me", "Authorization", bearer(token))).get("profile").get("city").asString())
                .isEqualTo("Bonn");
    }

    @Test
    void invalidPatchNamesTheFieldsAndChangesNothing() {
        String token = api.newToken("read-write");
        String etag = api.get("/api/v1/me", "Authorization", bearer(token)).headers().firstValue("ETag").orElseThrow();
        var invalid = api.patchJson("/api/v1/me", "{\"displayName\":\"\",\"latitude\":91,\"longitude\":7,\"email\":\"x@y.z\"}",
                "Authorization", bearer(token), "If-Match", etag);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(StreamSupport.stream(body(invalid).get("errors").spliterator(), false)
                .map(error -> error.get("field").asString())).contains("email");
        var valid = api.patchJson("/api/v1/me", "{\"displayName\":\"\",\"latitude\":91,\"longitude\":7}",
                "Authorization", bearer(token), "If-Match", etag);
        assertThat(StreamSupport.stream(body(valid).get("errors").spliterator(), false)
                .map(error -> error.get("field").asString())).contains("displayName", "latitude");
        assertThat(api.get("/api/v1/me", "Authorization", bearer(token)).headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void openApiListsTheIdentityEndpointsAndTheBearerScheme() {
        var docs = api.get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        var paths = body(docs).get("paths");
        assertThat(paths.has("/api/v1/accounts")).isTrue();
        assertThat(paths.has("/api/v1/auth/tokens")).isTrue();
        assertThat(paths.has("/api/v1/me")).isTrue();
        assertThat(paths.has("/api/v1/users/{handle}")).isTrue();
        assertThat(body(docs).get("components").get("securitySchemes").has("bearerToken")).isTrue();
        assertThat(body(docs).get("info").get("title").asString()).isEqualTo("Agora API");
    }

    private long accounts() {
        return jdbc.sql("SELECT COUNT(*) FROM identity_account").query(Long.class).single();
    }
}
