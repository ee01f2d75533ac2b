package dev.agora.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class LoginProtectionTests {

    static final String PASSWORD = "cobalt-orchard-whistle-63";

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tooManyFailuresForOneEmailAreAnsweredWith429AndRetryAfter() {
        String email = "nobody-" + UUID.randomUUID() + "@example.org";
        var browser = new Browser(port);
        for (int i = 0; i < 15; i++) {
            assertThat(Browser.location(browser.logIn(email, "wrong-password-" + i))).isEqualTo("/login?error");
        }

        var refused = browser.logIn(email, "wrong-password-again");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(refused.body()).contains("Too many failed logins");
    }

    @Test
    void tooManyFailuresFromOneAddressAreAnsweredWith429() {
        var browser = new Browser(port);
        for (int i = 0; i < 30; i++) {
            browser.logIn("someone-" + UUID.randomUUID() + "@example.org", "wrong-password");
        }

        var refused = browser.logIn("someone-else@example.org", "wrong-password");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void tenConsecutiveFailuresLockTheAccountEvenForTheRightPassword() {
        String email = "target-" + UUID.randomUUID() + "@example.org";
        identity.register(new SignUp(email, PASSWORD, "Tara Target"));
        var browser = new Browser(port);
        for (int i = 0; i < 9; i++) {
            assertThat(Browser.location(browser.logIn(email, "wrong-password-" + i))).isEqualTo("/login?error");
        }

        assertThat(Browser.location(browser.logIn(email, "wrong-password-9"))).isEqualTo("/login?locked");
        var withRightPassword = browser.logIn(email, PASSWORD);

        assertThat(Browser.location(withRightPassword)).isEqualTo("/login?locked");
        assertThat(browser.get("/login?locked").body()).contains("locked for 15 minutes");
        assertThat(jdbc.queryForObject("select locked_until from identity_account where email = ?",
                java.sql.Timestamp.class, email)).isNotNull();
    }

    @Test
    void successfulLoginResetsTheFailureCount() {
        String email = "clumsy-" + UUID.randomUUID() + "@example.org";
        identity.register(new SignUp(email, PASSWORD, "Cleo Clumsy"));
        var browser = new Browser(port);
        for (int i = 0; i < 3; i++) {
            browser.logIn(email, "wrong-password-" + i);
        }
        assertThat(failedLogins(email)).isEqualTo(3);

        assertThat(Browser.location(browser.logIn(email, PASSWORD))).isEqualTo("/");

        assertThat(failedLogins(email)).isZero();
    }

    private int failedLogins(String email) {
        return jdbc.queryForObject("select failed_logins from identity_account where email = ?", Integer.class, email);
    }
}
