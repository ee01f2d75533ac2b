package dev.agora.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.TestMailServer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class SignUpFlowTests {

    static final String PASSWORD = "violet-harbour-lantern-42";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityManagement identity;

    @Test
    void signUpMailsALinkThatVerifiesTheAccountWhichCanThenLogIn() {
        String email = "newbie-" + UUID.randomUUID() + "@example.org";
        var browser = new Browser(port);

        var signUp = browser.submit("/signup", "/signup",
                Map.of("email", email, "password", PASSWORD, "displayName", "Nina Newbie"));
        assertThat(signUp.statusCode()).isEqualTo(302);
        assertThat(Browser.location(signUp)).isEqualTo("/signup/check-email");
        AccountId id = accountId(email);
        assertThat(identity.isEmailVerified(id)).isFalse();

        String link = Browser.linkInMail(email, "Confirm your email");
        assertThat(link).startsWith("/verify-email?token=");
        assertThat(jdbc.queryForObject("select count(*) from identity_account_token where token_hash = ?", Integer.class,
                link.substring(link.indexOf('=') + 1))).as("only a hash is stored").isZero();

        var verified = browser.get(link);
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.body()).contains("your email address is confirmed");
        assertThat(identity.isEmailVerified(id)).isTrue();
        assertThat(browser.get(link).body()).as("the link works once").contains("already used");

        var login = browser.logIn(email, PASSWORD);
        assertThat(Browser.location(login)).isEqualTo("/");
        assertThat(browser.isSignedInAs("Nina Newbie")).isTrue();

        browser.submit("/login", "/logout", Map.of());
        assertThat(browser.isSignedInAs("Nina Newbie")).isFalse();
    }

    @Test
    void verificationMailIsWrittenInTheLanguageOfTheSignUp() {
        String email = "deutsch-" + UUID.randomUUID() + "@example.org";
        new Browser(port).speaking("de").submit("/signup", "/signup",
                Map.of("email", email, "password", PASSWORD, "displayName", "Dora Deutsch"));

        assertThat(Browser.linkInMail(email, "Bestätige deine E-Mail-Adresse")).startsWith("/verify-email?token=");
    }

    @Test
    void unknownVerificationLinkGivesAFriendlyPage() {
        var page = new Browser(port).get("/verify-email?token=not-a-real-token");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("This link is not valid");
    }

    @Test
    void duplicateEmailShowsAFieldMessageAndCreatesNothing() {
        String email = "twice-" + UUID.randomUUID() + "@example.org";
        var form = Map.of("email", email, "password", PASSWORD, "displayName", "Tom Twice");
        new Browser(port).submit("/signup", "/signup", form);

        var again = new Browser(port).submit("/signup", "/signup", form);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("class=\"field-error\"").contains("already exists");
        assertThat(count(email)).isEqualTo(1);
    }

    @Test
    void weakPasswordsShowFieldMessagesInGermanAndCreateNothing() {
        String email = "weak-" + UUID.randomUUID() + "@example.org";

        var tooShort = new Browser(port).speaking("de").submit("/signup", "/signup",
                Map.of("email", email, "password", "short", "displayName", "Wendy Weak"));
        var common = new Browser(port).submit("/signup", "/signup",
                Map.of("email", email, "password", "1qaz2wsx3edc", "displayName", "Wendy Weak"));
        var containsEmail = new Browser(port).submit("/signup", "/signup",
                Map.of("email", email, "password", "my " + email.substring(0, email.indexOf('@')) + " pass",
                        "displayName", "Wendy Weak"));

        assertThat(tooShort.body()).contains("mindestens 12 Zeichen");
        assertThat(common.body()).contains("most common passwords");
        assertThat(containsEmail.body()).contains("must not contain your email address");
        assertThat(count(email)).isZero();
    }

    @Test
    void signUpWithoutCsrfTokenIsRejectedAndCreatesNothing() {
        String email = "forged-" + UUID.randomUUID() + "@example.org";

        var forged = new Browser(port).post("/signup",
                Map.of("email", email, "password", PASSWORD, "displayName", "Fred Forged"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(count(email)).isZero();
        assertThat(TestMailServer.mailsTo(email)).isEmpty();
    }

    private int count(String email) {
        return jdbc.queryForObject("select count(*) from identity_account where email = ?", Integer.class, email);
    }

    private AccountId accountId(String email) {
        return new AccountId(jdbc.queryForObject("select id from identity_account where email = ?", UUID.class, email));
    }
}
