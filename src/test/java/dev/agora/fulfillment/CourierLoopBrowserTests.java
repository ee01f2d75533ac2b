package dev.agora.fulfillment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.agora.BrowserTest;
import dev.agora.TestClock;
import dev.agora.identity.Member;
import dev.agora.kernel.money.Money;
import dev.agora.ledger.LedgerManagement;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderManagement;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The whole courier loop in Chromium with the test clock: buy with courier delivery → the seller books a pickup
 * window → the courier picks up with a photo and the checklist → delivers with the buyer's code → the inspection
 * window passes → the order completes → the seller's available balance grows by price less commission, to the cent.
 */
class CourierLoopBrowserTests extends BrowserTest {

    static final Currency EUR = Currency.getInstance("EUR");

    @Autowired ListingManagement listings;
    @Autowired OrderManagement orders;
    @Autowired LedgerManagement ledger;
    @Autowired UserDetailsService members;
    @Autowired TestClock testClock;

    @AfterEach
    void resetClock() {
        testClock.reset();
    }

    @Test
    void aCourierDeliveryFromCheckoutToTheSellersBalance() throws Exception {
        Member seller = (Member) members.loadUserByUsername("seller@agora.test");
        String title = "Courier loop bike " + UUID.randomUUID().toString().substring(0, 8);
        ListingDraft bike = ListingFixtures.bike(title);
        var listing = listings.publish(seller.id(), listings.create(seller.id(), bike).id());
        Money availableBefore = ledger.sellerBalance(seller.id().toString(), EUR).available();

        // the buyer pays with courier delivery to a Berlin address
        Page page = phone();
        logIn("buyer@agora.test", DEMO_PASSWORD);
        page.navigate("/orders/checkout/" + listing.id());
        assertThat(page.getByLabel("Meet up (hand over in person)")).isChecked();
        page.getByLabel("Platform courier (pickup and delivery)").check();
        assertThat(page.getByLabel("Street and number")).isVisible();
        page.getByLabel("Street and number").fill("Schönhauser Allee 10");
        page.getByLabel("Postal code").fill("10437");
        page.getByLabel("City").fill("Berlin");
        page.getByLabel("Card number").fill("4242 4242 4242 4242");
        publish(screenshot("checkout-courier-phone"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay now")).click();
        page.waitForURL(url -> url.matches(".*/orders/[0-9a-f-]{36}$"));
        String orderId = page.url().replaceAll(".*/orders/", "");
        assertThat(page.locator(".breakdown")).containsText("Delivery");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Handoff and tracking")).click();
        assertThat(page.locator(".handoff-status")).hasText("Waiting for the pickup window");
        String code = page.locator(".handoff-code .code").textContent().strip();
        assertThat(code).matches("\\d{6}");

        // the seller books the pickup window
        page = desktop();
        logIn("seller@agora.test", DEMO_PASSWORD);
        page.navigate("/orders/" + orderId + "/handoff");
        String pickupWindow = page.locator("#pickup-window").inputValue();
        publish(screenshot("handoff-seller-desktop"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book pickup")).click();
        assertThat(page.locator(".handoff-status")).hasText("Waiting for the delivery window");

        // the buyer chooses the delivery window
        page = phone();
        logIn("buyer@agora.test", DEMO_PASSWORD);
        page.navigate("/orders/" + orderId + "/handoff");
        String deliveryWindow = page.locator("#delivery-window").inputValue();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book delivery")).click();
        assertThat(page.locator(".handoff-status")).hasText("Courier scheduled");
        publish(screenshot("handoff-buyer-phone"));

        // the courier takes the pickup, confirms it with a photo and the checklist
        page = phone();
        logIn("courier@agora.test", DEMO_PASSWORD);
        page.navigate("/courier?day=" + pickupWindow.split("T")[0]);
        Locator openPickup = page.locator(".stops li").filter(new Locator.FilterOptions().setHasText(title))
                .filter(new Locator.FilterOptions().setHasText("Pickup"));
        openPickup.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take")).click();
        assertThat(page.locator("h1")).containsText(title);
        page.getByLabel("Matches the listing").check();
        page.getByLabel("No visible damage").check();
        page.getByLabel("Photos of the item").setInputFiles(photo());
        publish(screenshot("courier-pickup-phone"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Picked up")).click();
        page.waitForURL(url -> url.endsWith("/courier"));
        assertThat(orders.get(OrderId.of(orderId)).state()).isEqualTo("handed_over");

        // … and delivers it with the buyer's code
        page.navigate("/courier?day=" + deliveryWindow.split("T")[0]);
        page.locator(".stops li").filter(new Locator.FilterOptions().setHasText(title))
                .filter(new Locator.FilterOptions().setHasText("Delivery"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take")).click();
        page.getByLabel("Buyer's 6-digit code").fill(code.equals("000000") ? "111111" : "000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delivered")).click();
        assertThat(page.locator(".field-error")).containsText("Wrong code");
        page.getByLabel("Buyer's 6-digit code").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delivered")).click();
        page.waitForURL(url -> url.endsWith("/courier"));
        page.navigate("/courier?day=" + deliveryWindow.split("T")[0]);
        publish(screenshot("courier-jobs-phone"));
        assertThat(orders.get(OrderId.of(orderId)).state()).isEqualTo("delivered");

        // the operator's dispatch board shows the routes of the day
        page = desktop();
        logIn("operator@agora.test", DEMO_PASSWORD);
        page.navigate("/admin/dispatch?day=" + pickupWindow.split("T")[0]);
        assertThat(page.locator(".dispatch h1")).hasText("Courier dispatch");
        assertThat(page.locator(".dispatch")).containsText(title);
        publish(screenshot("dispatch-desktop"));
        page = phone();
        logIn("operator@agora.test", DEMO_PASSWORD);
        page.navigate("/admin/dispatch?day=" + pickupWindow.split("T")[0]);
        screenshot("dispatch-phone");

        // the inspection window passes: the order completes and the seller is paid price less commission
        testClock.advance(Duration.ofDays(2).plusMinutes(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(orders.get(OrderId.of(orderId)).state()).isEqualTo("completed"));
        Money availableAfter = ledger.sellerBalance(seller.id().toString(), EUR).available();
        assertThat(availableAfter.minus(availableBefore)).isEqualTo(Money.of("315.00", "EUR"));

        page = phone();
        logIn("buyer@agora.test", DEMO_PASSWORD);
        page.navigate("/orders/" + orderId + "/handoff");
        assertThat(page.locator(".timeline li")).hasCount(5);
        publish(screenshot("handoff-tracking-phone"));
    }

    static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new java.awt.Color(40, 120, 90));
        graphics.fillRect(40, 40, 240, 160);
        graphics.dispose();
        Path file = Files.createTempFile("pickup", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
