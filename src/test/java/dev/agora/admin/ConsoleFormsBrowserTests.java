package dev.agora.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.agora.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The versioned configuration forms (courier tariff, commission, fraud rules) share one console form skeleton:
 * explanation, form with a reason, save button. Shots at phone and desktop width, each also after a save without a
 * reason, which must show the error once and keep the page.
 */
class ConsoleFormsBrowserTests extends BrowserTest {

    @Test
    void theConfigurationFormsAtPhoneAndDesktopWidth() {
        String[][] forms = {{"/admin/config/tariff", "console-form-tariff", "Courier tariff"},
            {"/admin/config/commission", "console-form-commission", "Commission"},
            {"/admin/config/fraud-rules", "console-form-fraud-rules", "Fraud rules"}};
        for (String device : new String[] {"phone", "desktop"}) {
            if (device.equals("phone")) {
                phone();
            } else {
                desktop();
            }
            logIn("operator@agora.test", DEMO_PASSWORD);
            for (String[] form : forms) {
                page.navigate(form[0]);
                assertThat(page.locator("h1").first()).hasText(form[2]);
                assertThat(page.locator(".console-body form.panel input[name=reason]")).isVisible();
                screenshot(form[1] + "-" + device);
                // no reason: the browser's own check would stop the submit, so drop it to reach the server's
                page.locator("input[name=reason]").evaluate("input => input.removeAttribute('required')");
                page.locator(".console-body form.panel button[type=submit]").click();
                assertThat(page.locator(".console-body .field-error")).hasCount(1);
                assertThat(page.locator("h1").first()).hasText(form[2]);
                screenshot(form[1] + "-error-" + device);
            }
        }
    }
}
