package dev.agora.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.agora.BrowserTest;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The first minutes of a new member, on a phone: sign up, confirm the email, log in, fill in the profile. */
class SignUpJourneyBrowserTests extends BrowserTest {

    @Test
    void newMemberSignsUpVerifiesLogsInAndEditsTheirProfileOnAPhone() {
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "copper kettle on the stove";
        var page = phone();

        page.navigate("/signup");
        page.locator("#email").fill(email);
        page.locator("#displayName").fill("Jo Journey");
        page.locator("#password").fill(password);
        page.locator("form.stack button[type=submit]").click();
        assertThat(page.locator("main")).containsText(email);

        // the mail links to the configured base URL; the test server listens on a random port
        var link = URI.create(latestMailLink(email));
        page.navigate(link.getRawPath() + "?" + link.getRawQuery());
        assertThat(page.locator("main h1")).isVisible();
        assertThat(page.locator("main")).not().containsText("expired");

        logIn(email, password);
        page.navigate("/me/settings");
        page.locator("#bio").fill("I build wooden toys and sell the ones my kids outgrew.");
        page.locator("#city").fill("Leipzig");
        page.locator("form[action='/me/settings'] button[type=submit]").click();

        assertThat(page.locator(".flash")).isVisible();
        screenshot("settings-phone");
        page.navigate("/u/jo-journey");
        assertThat(page.locator("main")).containsText("I build wooden toys");
        assertThat(page.locator("main")).containsText("Leipzig");
        publish(screenshot("profile-phone"));
    }
}
