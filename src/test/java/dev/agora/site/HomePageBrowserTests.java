package dev.agora.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.agora.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HomePageBrowserTests extends BrowserTest {

    @Test
    void homePageOnAPhoneHasHeaderSearchAndSwitchesToGerman() {
        var page = phone();
        page.navigate("/");

        assertThat(page.locator("header.site-header")).isVisible();
        assertThat(page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search listings")).first())
                .isVisible();
        assertThat(page.locator("h1")).hasText("Buy, rent and book services from people near you");
        assertThat(noHorizontalScrolling(page)).as("page fits the phone's width").isTrue();
        publish(screenshot("home-phone"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deutsch")).click();

        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.locator("h1")).hasText("Kaufen, mieten und Dienstleistungen buchen – von Menschen in deiner Nähe");
        screenshot("home-phone-de");
    }

    @Test
    void homePageOnADesktopLooksLikeAMarketplace() {
        var page = desktop();
        page.navigate("/");

        assertThat(page.locator("header .search input")).isVisible();
        assertThat(page.locator(".shortcuts li").first()).isVisible();
        assertThat(page.locator(".latest-listings .listing-cards li").first()).isVisible();
        assertThat(page.locator(".members .card").first()).isVisible();
        publish(screenshot("home-desktop"));
    }

    @Test
    void demoMemberLogsInThroughTheFormAndOpensTheAccountMenuByKeyboard() {
        var page = phone();
        logIn("seller@agora.test", DEMO_PASSWORD);

        var menu = page.locator("details.menu summary");
        assertThat(menu).hasText("Sam Seller");
        menu.focus();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Settings"))).isVisible();
        screenshot("account-menu-phone");
    }

    @Test
    void htmxGetsTheCsrfTokenAsValidJson() {
        var page = desktop();
        page.navigate("/");

        Object token = page.evaluate("() => JSON.parse(document.body.getAttribute('hx-headers'))['X-CSRF-TOKEN']");
        assertThat((String) token).isNotBlank();
        assertThat(page.evaluate("() => typeof window.htmx")).isEqualTo("object");
    }

    @Test
    void pagesBreakNoRuleOfTheContentSecurityPolicy() {
        var page = desktop();
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.navigate("/");
        page.navigate("/search?q=bike");

        assertThat(page.evaluate("() => typeof window.htmx")).isEqualTo("object");
        assertThat(errors).noneMatch(error -> error.contains("Content Security Policy"));
    }

    @Test
    void serviceWorkerControlsThePageAndServesTheOfflinePage() {
        var page = desktop();
        page.navigate("/");
        page.waitForFunction("() => navigator.serviceWorker.ready.then(() => true)");
        page.reload();
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");

        context().setOffline(true);
        page.navigate("/somewhere-while-offline");
        assertThat(page.locator("h1")).hasText("You are offline");
        context().setOffline(false);
    }

    @Test
    void unknownPageShowsTheFriendlyNotFoundPage() {
        var page = phone();
        var response = page.navigate("/no-such-page");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page not found");
        assertThat(page.locator("header.site-header")).isVisible();
        screenshot("not-found-phone");
    }

    private static boolean noHorizontalScrolling(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }
}
