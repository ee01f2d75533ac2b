package dev.agora.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.agora.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Console pages that share the list-table fragment (payout debts, ID checks), the overview's event delivery tiles
 * and the search explain page's place in the console navigation, on a phone and a laptop.
 */
class ConsoleTablesBrowserTests extends BrowserTest {

    @Test
    void consolePagesOnPhoneAndDesktop() {
        for (boolean wide : new boolean[] {false, true}) {
            String device = wide ? "desktop" : "phone";
            Page page = wide ? desktop() : phone();
            logIn("operator@agora.test", DEMO_PASSWORD);

            page.navigate("/admin");
            assertThat(page.locator(".stat-tiles li.events-outstanding strong")).hasText(java.util.regex.Pattern.compile("\\d+"));
            assertThat(page.locator(".stat-tiles li.events-failed")).isVisible();
            screenshot("cleanup-console-overview-" + device);

            page.navigate("/admin/payouts/debts");
            assertThat(page.locator("h1")).hasText("Seller debts");
            // each list is either its note or a console table with its own head, never both
            assertThat(page.locator(".console-body .table-scroll table.console-table thead th").first().or(
                    page.locator(".console-body p.muted", new Page.LocatorOptions().setHasText("No seller owes anything")))).isVisible();
            assertThat(page.locator(".console-body table:not(:has(thead.debt-head)):not(:has(thead.write-off-head))")).hasCount(0);
            screenshot("cleanup-payout-debts-" + device);

            page.navigate("/admin/verification");
            assertThat(page.locator("#id-checks")).isVisible();
            assertThat(page.locator(".console-body table:not(:has(thead.id-check-head))")).hasCount(0);
            screenshot("cleanup-verification-" + device);

            page.navigate("/admin/search/explain?q=bike");
            assertThat(page.locator(".console-nav a[aria-current=page]")).hasAttribute("href", "/admin/search");
            screenshot("cleanup-search-explain-" + device);
        }
    }
}
