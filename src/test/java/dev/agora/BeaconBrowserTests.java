package dev.agora;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

/**
 * The pages that report on their way out (search result clicks, funnel views) share one beacon helper
 * (static/js/beacon.js): each report reaches the server with the page's CSRF token, by sendBeacon or, where a
 * browser has none, by fetch with keepalive. A listing view is reported once per browser session.
 */
class BeaconBrowserTests extends BrowserTest {

    @Test
    void aSearchResultClickAndTheListingViewAreReportedWithTheCsrfToken() {
        Page page = desktop();
        page.navigate("/search?q=bike");
        Response[] click = new Response[1];
        Response view = page.waitForResponse(r -> r.url().endsWith("/analytics/beacon"),
                () -> click[0] = page.waitForResponse(r -> r.url().endsWith("/search/clicks"), () -> page.locator(
                        ".listing-cards[data-search-id] > li[data-position='1'] a[href]").first().click()));
        assertThat(click[0].status()).isEqualTo(204);
        assertThat(click[0].request().postData()).contains("position=1", "search=", "listing=", "_csrf=");
        assertThat(view.status()).as("accepted, so the CSRF token came along").isEqualTo(204);
        assertThat(view.request().postData()).contains("step=view", "listing=");
    }

    @Test
    void aListingViewIsReportedOncePerBrowserSessionWithoutAServerSession() {
        Page page = phone();
        // counts the reports this page makes; deferred scripts run before the load event navigate() waits for
        page.addInitScript("window.funnelReports = 0; const send = navigator.sendBeacon.bind(navigator);"
                + " navigator.sendBeacon = (url, body) => { if (url.endsWith('/analytics/beacon')) window.funnelReports++;"
                + " return send(url, body); };");
        page.navigate("/search?q=bike");
        String listing = page.locator(".listing-cards[data-search-id] > li a[href]").first().getAttribute("href");
        Response view = page.waitForResponse(r -> r.url().endsWith("/analytics/beacon"), () -> page.navigate(listing));
        assertThat(view.status()).isEqualTo(204);
        assertThat(page.context().cookies()).noneSatisfy(cookie -> assertThat(cookie.name).isEqualTo("SESSION"));

        page.reload();
        assertThat(page.evaluate("() => window.funnelReports")).as("a reload reports nothing").isEqualTo(0);
    }

    @Test
    void withoutSendBeaconTheReportGoesByFetchWithKeepalive() {
        Page page = phone();
        page.addInitScript("Object.defineProperty(Navigator.prototype, 'sendBeacon', { value: undefined });");
        page.navigate("/search?q=bike");
        String listing = page.locator(".listing-cards[data-search-id] > li a[href]").first().getAttribute("href");
        Response view = page.waitForResponse(r -> r.url().endsWith("/analytics/beacon"), () -> page.navigate(listing));
        assertThat(view.status()).isEqualTo(204);
        assertThat(view.request().resourceType()).isEqualTo("fetch");
    }
}
