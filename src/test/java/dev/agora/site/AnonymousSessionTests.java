package dev.agora.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor who only reads (a buyer browsing, a crawler) gets no server-side session: each one would be a row
 * written to the session table on the request path. The CSRF token their forms carry lives in a cookie instead.
 */
@IntegrationTest
class AnonymousSessionTests {

    private static final Pattern LISTING_LINK = Pattern.compile("href=\"(/l/[^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readingPagesCreatesNoSession() {
        String results = new WebClient(port).get("/search?q=bike").body();
        var listing = LISTING_LINK.matcher(results);
        assertThat(listing.find()).as("a listing link on the results page").isTrue();
        for (String path : new String[] {"/", "/search?q=bike", "/search", listing.group(1), "/login", "/signup"}) {
            // each page as the first visit of a new visitor: a session made now would come back as a cookie
            var page = new WebClient(port).get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(path)
                    .noneSatisfy(cookie -> assertThat(cookie).startsWith("SESSION"));
        }
    }

    @Test
    void formsOfAnAnonymousVisitorStillCarryAWorkingCsrfToken() {
        var web = new WebClient(port);
        long sessions = jdbc.queryForObject("select count(*) from spring_session", Long.class);
        web.logIn("buyer@agora.test", "agora-demo-2026");
        assertThat(web.get("/me/settings").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Long.class)).isGreaterThan(sessions);

        var forged = new WebClient(port).postForm("/login",
                "username=buyer%40agora.test&password=agora-demo-2026&_csrf=forged");
        assertThat(forged.statusCode()).isEqualTo(403);
    }
}
