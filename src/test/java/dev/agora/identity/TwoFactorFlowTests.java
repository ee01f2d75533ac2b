package dev.agora.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class TwoFactorFlowTests {

    static final String PASSWORD = "juniper-beacon-quartz-29";

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Autowired
    Clock clock;

    @Test
    void enrolledMemberMustEnterACodeAfterThePassword() throws Exception {
        String email = "careful-" + UUID.randomUUID() + "@example.org";
        identity.register(new SignUp(email, PASSWORD, "Cara Careful"));
        var browser = new Browser(port);
        browser.logIn(email, PASSWORD);

        var enrolment = browser.get("/me/security/two-factor");
        assertThat(enrolment.body()).contains("src=\"data:image/png;base64,");
        String secret = match(enrolment.body(), "<code class=\"secret\">([A-Z2-7]+)</code>");
        long step = clock.instant().getEpochSecond() / 30;
        var enabled = browser.submit("/me/security/two-factor", "/me/security/two-factor", Map.of("code", code(secret, step)));
        List<String> recoveryCodes = all(enabled.body(), "<li><code>([a-z0-9-]+)</code></li>");
        assertThat(recoveryCodes).hasSize(10);

        var second = new Browser(port);
        var afterPassword = second.submit("/login", "/login",
                Map.of("username", email, "password", PASSWORD, "remember-me", "on"));
        assertThat(Browser.location(afterPassword)).isEqualTo("/login/two-factor");
        assertThat(second.isSignedInAs("Cara Careful")).as("not signed in before the code").isFalse();
        assertThat(second.cookie("remember-me")).as("no remember-me before the code").isEmpty();
        assertThat(second.get("/me/security/two-factor").statusCode()).isEqualTo(302);

        var wrong = second.submit("/login/two-factor", "/login/two-factor", Map.of("code", "000000"));
        assertThat(wrong.body()).contains("This code is not right");
        var replayed = second.submit("/login/two-factor", "/login/two-factor", Map.of("code", code(secret, step)));
        assertThat(replayed.body()).as("a code counts once").contains("This code is not right");

        var done = second.submit("/login/two-factor", "/login/two-factor", Map.of("code", code(secret, step + 1)));
        assertThat(Browser.location(done)).as("back to the page asked for").isEqualTo("/me/security/two-factor?continue");
        assertThat(second.isSignedInAs("Cara Careful")).isTrue();
        assertThat(second.cookie("remember-me")).isPresent();

        var third = new Browser(port);
        third.logIn(email, PASSWORD);
        var withRecovery = third.submit("/login/two-factor", "/login/two-factor", Map.of("code", recoveryCodes.get(0)));
        assertThat(Browser.location(withRecovery)).isEqualTo("/");

        var fourth = new Browser(port);
        fourth.logIn(email, PASSWORD);
        var reused = fourth.submit("/login/two-factor", "/login/two-factor", Map.of("code", recoveryCodes.get(0)));
        assertThat(reused.body()).as("a recovery code works once").contains("This code is not right");
    }

    @Test
    void disablingNeedsThePasswordAndACode() throws Exception {
        String email = "undo-" + UUID.randomUUID() + "@example.org";
        identity.register(new SignUp(email, PASSWORD, "Uma Undo"));
        var browser = new Browser(port);
        browser.logIn(email, PASSWORD);
        String secret = match(browser.get("/me/security/two-factor").body(), "<code class=\"secret\">([A-Z2-7]+)</code>");
        var enabled = browser.submit("/me/security/two-factor", "/me/security/two-factor",
                Map.of("code", code(secret, clock.instant().getEpochSecond() / 30)));
        List<String> recoveryCodes = all(enabled.body(), "<li><code>([a-z0-9-]+)</code></li>");

        var wrongPassword = browser.submit("/me/security/two-factor", "/me/security/two-factor/disable",
                Map.of("password", "not-my-password-at-all", "code", recoveryCodes.get(0)));
        assertThat(wrongPassword.body()).contains("This password is not right");

        var disabled = browser.submit("/me/security/two-factor", "/me/security/two-factor/disable",
                Map.of("password", PASSWORD, "code", recoveryCodes.get(1)));
        assertThat(Browser.location(disabled)).isEqualTo("/me/security/two-factor");
        assertThat(Browser.location(new Browser(port).logIn(email, PASSWORD))).isEqualTo("/");
    }

    private static String code(String secret, long step) throws Exception {
        return new DefaultCodeGenerator().generate(secret, step);
    }

    private static String match(String html, String regex) {
        var matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as("%s in page", regex).isTrue();
        return matcher.group(1);
    }

    private static List<String> all(String html, String regex) {
        var matcher = Pattern.compile(regex).matcher(html);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
