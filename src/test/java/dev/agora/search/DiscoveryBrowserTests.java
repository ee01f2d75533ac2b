package dev.agora.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.agora.BrowserTest;
import org.junit.jupiter.api.Test;

class DiscoveryBrowserTests extends BrowserTest {

    @Test
    void aSearchIsSavedFromTheResultsAndDeletedOnTheSavedSearchesPage() {
        Page page = desktop();
        logIn("buyer@agora.test", DEMO_PASSWORD);
        page.navigate("/search?q=tent&sort=price_asc");
        page.locator("form.save-search input[name=name]").fill("Cheap tents");
        page.locator("form.save-search button").click();
        page.waitForURL(url -> url.contains("/me/saved-searches"));
        assertThat(page.locator(".saved-search-list")).containsText("Cheap tents");
        screenshot("saved-searches-desktop");
        Page phone = phone();
        logIn("buyer@agora.test", DEMO_PASSWORD);
        phone.navigate("/me/saved-searches");
        assertThat(phone.locator(".saved-search-list")).containsText("Cheap tents");
        screenshot("saved-searches-phone");

        phone.locator(".saved-search-list li").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Cheap tents")).locator("button").click();
        phone.waitForURL(url -> url.contains("deleted"));
        assertThat(phone.locator("section.saved-searches")).not().containsText("Cheap tents");
    }

    @Test
    void aListingShowsMoreLikeThisAndTheHomePageWhatWasViewedAndWhatMightPlease() {
        Page page = phone();
        logIn("buyer@agora.test", DEMO_PASSWORD);
        page.navigate("/search?q=tent");
        page.locator(".search-hits a.listing-card").first().click();
        assertThat(page.locator("section.discover.similar .listing-card").first()).isVisible();
        screenshot("listing-similar-phone");
        page.navigate("/");
        assertThat(page.locator("#recent-heading")).isVisible();
        assertThat(page.locator("#for-you-heading")).isVisible();
        screenshot("home-for-you-phone");
        Page desktop = desktop();
        logIn("buyer@agora.test", DEMO_PASSWORD);
        desktop.navigate("/");
        assertThat(desktop.locator("#for-you-heading")).isVisible();
        screenshot("home-for-you-desktop");
    }
}
