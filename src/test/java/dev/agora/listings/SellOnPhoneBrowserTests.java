package dev.agora.listings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import dev.agora.BrowserTest;
import dev.agora.listings.internal.TestImages;
import org.junit.jupiter.api.Test;

class SellOnPhoneBrowserTests extends BrowserTest {

    @Test
    void sellerCreatesAListingWithThreePhotosOnAPhonePublishesItAndOpensItsPage() throws Exception {
        var page = phone();
        logIn("seller@agora.test", DEMO_PASSWORD);

        page.navigate("/sell");
        page.locator("a[href='/sell?category=bikes']").click();
        page.fill("#title", "Phone-listed gravel bike");
        page.fill("#description", "Gravel bike with **new tyres**, serviced this autumn.\n\n- 54 cm frame\n- disc brakes");
        page.fill("#price", "640");
        page.selectOption("#attr-bikeType", "road");
        page.fill("#attr-frameSize", "54");
        page.fill("#city", "Berlin");
        page.fill("#postalCode", "10115");
        page.locator("form.stack button[type=submit]").click();

        page.waitForURL("**/photos");
        page.setInputFiles("#photos", new FilePayload[] {
                new FilePayload("front.png", "image/png", TestImages.png(1200, 900)),
                new FilePayload("side.jpg", "image/jpeg", TestImages.jpegWithExif(1600, 1200, 1)),
                new FilePayload("detail.png", "image/png", TestImages.png(800, 800))});
        page.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
        assertThat(page.locator("#photo-order li")).hasCount(3);

        page.locator("#publish").click();

        assertThat(page.locator("h1")).hasText("Phone-listed gravel bike");
        assertThat(page.locator(".gallery-main")).isVisible();
        assertThat(page.locator(".thumbs li")).hasCount(3);
        assertThat(page.locator(".price strong")).containsText("640");
        assertThat(page.locator("link[rel=canonical]")).hasAttribute("href",
                java.util.regex.Pattern.compile(".*/l/[0-9a-f-]{36}-phone-listed-gravel-bike$"));
        screenshot("listing-phone");
    }
}
