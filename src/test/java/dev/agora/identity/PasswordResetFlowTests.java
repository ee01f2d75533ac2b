package dev.agora.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.TestMailServer;
import java.net.HttpCookie;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PasswordResetFlowTests {

    static final String OLD_PASSWORD = "amber-meadow-compass-17";
    static final String NEW_PASSWORD = "silver-canyon-pebble-88";

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Test
    void resetLinkSetsANewPasswordOnceAndEndsRememberedLogins() {
        String email = "forgetful-" + UUID.randomUUID() + "@example.org";
        identity.register(new SignUp(email, OLD_PASSWORD, "Fay Forgetful"));
        var remembered = new Browser(port);
        remembered.submit("/login", "/login", Map.of("username", email, "password", OLD_PASSWORD, "remember-me", "on"));
        HttpCookie rememberMe = remembered.cookie("remember-me").orElseThrow();
        assertThat(cookieOnly(rememberMe).isSignedInAs("Fay Forgetful")).as("remember-me works").isTrue();

        var browser = new Browser(port);
        var request = browser.submit("/password-reset", "/password-reset", Map.of("email", email));
        assertThat(Browser.location(request)).isEqualTo("/password-reset/sent");
        String link = Browser.linkInMail(email, "new Agora password");

        assertThat(browser.get(link).body()).contains("Choose a new password");
        var weak = browser.submit(link, link, Map.of("password", "short"));
        assertThat(weak.body()).contains("at least 12 characters");
        var done = browser.submit(link, link, Map.of("password", NEW_PASSWORD));
        assertThat(Browser.location(done)).isEqualTo("/login?reset");

        assertThat(browser.get(link).body()).as("the link works once").contains("already used");
        assertThat(Browser.location(new Browser(port).logIn(email, OLD_PASSWORD))).isEqualTo("/login?error");
        assertThat(Browser.location(new Browser(port).logIn(email, NEW_PASSWORD))).isEqualTo("/");
        assertThat(cookieOnly(rememberMe).isSignedInAs("Fay Forgetful")).as("remember-me ended").isFalse();
        assertThat(remembered.isSignedInAs("Fay Forgetful")).as("session ended").isFalse();
    }

    @Test
    void usingOneResetLinkRetiresTheOthers() {
        String email = "twolinks-" + UUID.randomUUID() + "@example.org";
        identity.register(new SignUp(email, OLD_PASSWORD, "Tia Twolinks"));
        var browser = new Browser(port);
        browser.submit("/password-reset", "/password-reset", Map.of("email", email));
        String first = Browser.linkInMail(email, "new Agora password");
        browser.submit("/password-reset", "/password-reset", Map.of("email", email));
        org.awaitility.Awaitility.await().until(() -> TestMailServer.mailsTo(email).stream()
                .filter(m -> Browser.subject(m).contains("new Agora password")).count() == 2);
        String second = Browser.linkInMail(email, "new Agora password");
        assertThat(second).isNotEqualTo(first);

        browser.submit(second, second, Map.of("password", NEW_PASSWORD));

        assertThat(browser.get(first).body()).contains("already used or replaced");
    }

    @Test
    void resetAnswersTheSameForAnUnknownAddress() {
        String known = "known-" + UUID.randomUUID() + "@example.org";
        identity.register(new SignUp(known, OLD_PASSWORD, "Kim Known"));
        String unknown = "unknown-" + UUID.randomUUID() + "@example.org";

        var forKnown = new Browser(port).submit("/password-reset", "/password-reset", Map.of("email", known));
        var forUnknown = new Browser(port).submit("/password-reset", "/password-reset", Map.of("email", unknown));

        assertThat(forUnknown.statusCode()).isEqualTo(forKnown.statusCode()).isEqualTo(302);
        assertThat(Browser.location(forUnknown)).isEqualTo(Browser.location(forKnown));
        assertThat(forUnknown.body()).isEqualTo(forKnown.body());
        Browser.linkInMail(known, "new Agora password");
        assertThat(TestMailServer.mailsTo(unknown)).isEmpty();
    }

    @Test
    void unknownResetLinkGivesAFriendlyPage() {
        var page = new Browser(port).get("/password-reset/no-such-token");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("This link is not valid");
    }

    private Browser cookieOnly(HttpCookie rememberMe) {
        var browser = new Browser(port);
        var copy = new HttpCookie(rememberMe.getName(), rememberMe.getValue());
        copy.setPath("/");
        copy.setVersion(0);
        browser.cookies.getCookieStore().add(URI.create("http://localhost:" + port + "/"), copy);
        return browser;
    }
}
