package dev.agora.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.agora.BrowserTest;
import org.junit.jupiter.api.Test;

/** The issue-10 console pages (fraud rules, transaction processes, acquisition costs) and a shared-head list page. */
class ConfigPagesBrowserTests extends BrowserTest {

    @Test
    void theNewConsolePagesAtPhoneAndDesktopWidth() {
        String[][] pages = {{"/admin/config/fraud-rules", "admin-fraud-rules", "Fraud rules"},
            {"/admin/config/processes", "admin-processes", "Transaction processes"},
            {"/admin/analytics/acquisition-costs", "admin-acquisition-costs", "Customer acquisition cost"},
            {"/admin/orders", "admin-orders-list", "Orders"}};
        for (String device : new String[] {"phone", "desktop"}) {
            if (device.equals("phone")) {
                phone();
            } else {
                desktop();
            }
            logIn("operator@agora.test", DEMO_PASSWORD);
            for (String[] shot : pages) {
                page.navigate(shot[0]);
                assertThat(page.locator("h1").first()).hasText(shot[2]);
                assertThat(page.locator(".console-nav")).isVisible();
                var file = screenshot(shot[1] + "-" + device);
                if (device.equals("desktop") && !shot[1].equals("admin-orders-list")) {
                    publish(file);
                }
            }
        }
        page.navigate("/admin/config");
        assertThat(page.locator(".console-body a[href='/admin/config/fraud-rules']")).isVisible();
        assertThat(page.locator(".console-body a[href='/admin/config/processes']")).isVisible();
        assertThat(page.locator(".console-nav a[href='/admin/config/processes']")).isVisible();
    }
}
