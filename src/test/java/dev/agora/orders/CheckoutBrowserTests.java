package dev.agora.orders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.agora.BrowserTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CheckoutBrowserTests extends BrowserTest {

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;

    @Test
    void aBuyerOnAPhoneChecksOutWithTheSandboxCardAndLandsOnThePaidOrder() {
        AccountId seller = ListingFixtures.newSeller(identity);
        var bike = listings.publish(seller, listings.create(seller,
                ListingFixtures.bike("Touring bike " + UUID.randomUUID().toString().substring(0, 8))).id());

        var page = phone();
        logIn("buyer@agora.test", DEMO_PASSWORD);
        page.navigate(bike.path());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Buy now")).click();

        assertThat(page.locator("h1")).hasText("Checkout");
        assertThat(page.locator(".breakdown .total")).hasText("€368.00");
        assertThat(page.locator(".promise")).isVisible();
        publish(screenshot("checkout-phone"));

        page.getByLabel("Card number").fill("4242 4242 4242 4242");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay now")).click();

        page.waitForURL(url -> url.matches(".*/orders/[0-9a-f-]{36}$"));
        assertThat(page.locator(".order .status")).hasText("Paid");
        assertThat(page.locator(".timeline li")).hasCount(2);
        publish(screenshot("order-paid-phone"));
    }
}
