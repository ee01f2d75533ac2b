package dev.agora.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.agora.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 5/12: the synonym sets page, the category form with its translations, and localised category and attribute
 * names on the site, at phone and desktop width.
 */
class SynonymsPagesBrowserTests extends BrowserTest {

    @Test
    void synonymSetsTranslationsAndLocalisedCategoryNamesAtPhoneAndDesktopWidth() {
        for (String device : new String[] {"phone", "desktop"}) {
            if (device.equals("phone")) {
                phone();
            } else {
                desktop();
            }
            logIn("operator@agora.test", DEMO_PASSWORD);
            page.navigate("/admin/config/synonyms?lang=en");
            assertThat(page.locator("h1").first()).hasText("Search synonyms");
            assertThat(page.locator(".synonym-sets")).containsText("stroller, pram, pushchair, kinderwagen, poussette");
            screenshot("admin-synonyms-" + device);

            page.navigate("/admin/config/categories/bikes");
            assertThat(page.locator("#nameFr")).hasValue("Vélos");
            assertThat(page.locator("table.translations")).isVisible();
            assertThat(page.locator("input[name='attributes[0].optionNames[de]']")).hasValue(
                    "Rennrad, Stadtrad, Mountainbike, Lastenrad, Kinderfahrrad");
            screenshot("admin-category-translations-" + device);

            page.navigate("/search?category=bikes&lang=de");
            assertThat(page.locator("body")).containsText("Fahrräder");
            assertThat(page.locator("body")).containsText("Fahrradtyp");
            screenshot("search-bikes-de-" + device);
            page.navigate("/search?category=bikes&lang=en");
            assertThat(page.locator("body")).containsText("Bikes");
            screenshot("search-bikes-en-" + device);
        }
    }
}
