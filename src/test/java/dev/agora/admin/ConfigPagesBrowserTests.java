package dev.agora.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.agora.BrowserTest;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The issue-10 console pages (fraud rules, transaction processes, acquisition costs), a shared-head list page, and the
 * versioned configuration forms that share one form skeleton (courier tariff, commission, fraud rules).
 */
class ConfigPagesBrowserTests extends BrowserTest {

    @Test
    void theNewConsolePagesAtPhoneAndDesktopWidth() {
        String[][] pages = {{"/admin/config/fraud-rules", "admin-fraud-rules", "Fraud rules"},
            {"/admin/config/processes", "admin-processes", "Transaction processes"},
            {"/admin/analytics/acquisition-costs", "admin-acquisition-costs", "Customer acquisition cost"},
            {"/admin/orders", "admin-orders-list", "Orders"}};
        asOperatorOnPhoneAndDesktop(device -> {
            for (String[] shot : pages) {
                page.navigate(shot[0]);
                assertThat(page.locator("h1").first()).hasText(shot[2]);
                assertThat(page.locator(".console-nav")).isVisible();
                var file = screenshot(shot[1] + "-" + device);
                if (device.equals("desktop") && !shot[1].equals("admin-orders-list")) {
                    publish(file);
                }
            }
        });
        page.navigate("/admin/config");
        assertThat(page.locator(".console-body a[href='/admin/config/fraud-rules']")).isVisible();
        assertThat(page.locator(".console-body a[href='/admin/config/processes']")).isVisible();
        assertThat(page.locator(".console-nav a[href='/admin/config/processes']")).isVisible();
    }

    /** Each form after a save without a reason shows the error once (fraud rules showed it twice) and keeps the page. */
    @Test
    void theConfigurationFormsShareOneSkeletonAndShowAnErrorOnce() {
        String[][] forms = {{"/admin/config/tariff", "console-form-tariff", "Courier tariff"},
            {"/admin/config/commission", "console-form-commission", "Commission"},
            {"/admin/config/fraud-rules", "console-form-fraud-rules", "Fraud rules"}};
        asOperatorOnPhoneAndDesktop(device -> {
            for (String[] form : forms) {
                page.navigate(form[0]);
                assertThat(page.locator("h1").first()).hasText(form[2]);
                assertThat(page.locator(".console-body form.panel input[name=reason]")).isVisible();
                if (!form[0].endsWith("fraud-rules")) {
                    assertThat(page.locator(".console-body h2 + .table-scroll tr.config-version").first()).isVisible();
                }
                screenshot(form[1] + "-" + device);
                // the browser's own check would stop a submit without a reason: drop it to reach the server's
                page.locator("input[name=reason]").evaluate("input => input.removeAttribute('required')");
                page.locator(".console-body form.panel button[type=submit]").click();
                assertThat(page.locator(".console-body .field-error")).hasCount(1);
                assertThat(page.locator("h1").first()).hasText(form[2]);
                screenshot(form[1] + "-error-" + device);
            }
        });
    }

    private void asOperatorOnPhoneAndDesktop(Consumer<String> shots) {
        for (String device : new String[] {"phone", "desktop"}) {
            if (device.equals("phone")) {
                phone();
            } else {
                desktop();
            }
            logIn("operator@agora.test", DEMO_PASSWORD);
            shots.accept(device);
        }
    }
}
