package dev.agora.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.agora.BrowserTest;
import org.junit.jupiter.api.Test;

class SearchPageBrowserTests extends BrowserTest {

    @Test
    void headerSearchShowsResultsAndFacetsNarrowThemWithoutReload() {
        Page page = desktop();
        page.navigate("/");
        page.locator("header form.search input[name=q]").fill("bike");
        page.locator("header form.search button").click();
        page.waitForURL(url -> url.contains("/search?q=bike"));
        assertThat(page.locator(".listing-card").first()).isVisible();
        screenshot("search-desktop");

        page.locator(".search-filters input[name=category][value=goods]").check();
        page.waitForURL(url -> url.contains("category=goods"));
        page.locator(".search-filters input[name=category][value=sports-outdoors]").check();
        page.waitForURL(url -> url.contains("category=sports-outdoors"));
        page.locator(".search-filters input[name=category][value=bikes]").check();
        page.waitForURL(url -> url.contains("category=bikes"));
        assertThat(page.locator(".search-filters input[name='attr.bikeType']").first()).isVisible();
        screenshot("search-facets-desktop");
    }

    @Test
    void phoneShowsResultsAndSuggestionsForEmptySearches() {
        Page page = phone();
        page.navigate("/search?q=bikke+xylophonic");
        assertThat(page.locator(".search-hits")).containsText("Did you mean");
        screenshot("search-empty-phone");
        page.navigate("/search?q=tent&sort=price_asc");
        assertThat(page.locator(".listing-card").first()).isVisible();
        // the filters fold on a phone, so the first result shows without scrolling
        assertThat(page.locator(".listing-card").first()).isInViewport();
        assertThat(page.evaluate("() => document.querySelector('details.facets').open")).isEqualTo(false);
        screenshot("search-phone");
    }

    @Test
    void sellerFiltersAndLabelledAttributeFacetsOnPhoneAndDesktop() {
        Page page = desktop();
        page.navigate("/search?category=bikes&min_rating=4&verified=true&sort=rating&lang=de");
        assertThat(page.locator(".seller-filters select[name=min_rating]")).hasValue("4");
        assertThat(page.locator(".seller-filters input[name=verified]")).isChecked();
        screenshot("search-seller-filters-desktop");
        page.navigate("/search?category=bikes&lang=de");
        // the attribute facet is headed by its German label and shows translated values
        assertThat(page.locator(".search-filters fieldset:has(input[name='attr.bikeType']) legend")).hasText("Fahrradtyp");
        publish(screenshot("search-facet-labels-desktop"));
        page.locator(".seller-filters select[name=min_rating]").selectOption("4.5");
        page.waitForURL(url -> url.contains("min_rating=4.5"));
        // the category landing page leads into search with this category chosen
        page.navigate("/c/bikes");
        page.locator("section.category a[href*='/search?category=bikes']").click();
        page.waitForURL(url -> url.contains("/search?category=bikes"));
        assertThat(page.locator(".search-filters input[name=category][value=bikes]")).isChecked();

        Page phone = phone();
        phone.navigate("/search?category=bikes&min_rating=4&verified=true");
        assertThat(phone.locator(".seller-filters input[name=verified]")).isChecked();
        screenshot("search-seller-filters-phone");
    }
}
