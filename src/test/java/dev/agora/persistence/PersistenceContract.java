package dev.agora.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The same persistence checks, run once on H2 and once on PostgreSQL by the two subclasses. */
abstract class PersistenceContract {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityManagement identity;

    @LocalServerPort
    int port;

    @Test
    void everyMigrationApplies() {
        var info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied()).isNotEmpty().allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
    }

    @Test
    void accountsSurviveARoundTrip() {
        String email = "round-trip-" + UUID.randomUUID() + "@example.org";
        var id = identity.register(new SignUp(email, "a sturdy passphrase 42", "Round Trip"));

        var profile = identity.findProfile(id).orElseThrow();

        assertThat(profile.displayName()).isEqualTo("Round Trip");
        assertThat(identity.findProfile(profile.handle())).contains(profile);
    }

    @Test
    void webSessionsAreStoredInTheDatabase() throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).isTrue();
        int before = sessionsOf("seller@agora.test");

        var response = client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=seller%40agora.test&password=agora-demo-2026&_csrf=" + csrf.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(sessionsOf("seller@agora.test")).isEqualTo(before + 1);
    }

    private int sessionsOf(String principal) {
        Integer count = jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = ?", Integer.class, principal);
        return count == null ? 0 : count;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
