package dev.agora.listings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.agora.BrowserTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import dev.agora.trust.AuditLog;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages this helper added, in Chromium at phone and desktop sizes: a seller's time slots and a buyer picking
 * one at checkout, the operator's category console (audited) and webhook console.
 */
class CatalogPagesBrowserTests extends BrowserTest {

    static final String PASSWORD = "correct horse battery staple slots";

    @Autowired ListingManagement listings;
    @Autowired CategoryManagement categories;
    @Autowired IdentityManagement identity;
    @Autowired AuditLog audit;

    @Test
    void aSellerDefinesTimeSlotsOnAPhoneAndABuyerBooksOne() {
        String email = "slots-" + UUID.randomUUID() + "@example.org";
        AccountId seller = identity.register(new SignUp(email, PASSWORD, "Sara Slots"));
        ListingView lesson = listings.publish(seller, listings.create(seller, ListingFixtures.lesson("Yoga by the lake")).id());

        phone();
        logIn(email, PASSWORD);
        page.navigate("/me/listings");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Time slots")).first().click();
        page.locator("select[name=day]").first().selectOption("TUESDAY");
        page.locator("input[name=start]").first().fill("18:00");
        page.locator("input[name=duration]").first().fill("90");
        page.locator("input[name=capacity]").first().fill("4");
        page.locator("select[name=day]").nth(1).selectOption("SATURDAY");
        page.locator("input[name=start]").nth(1).fill("09:30");
        page.getByLabel("Blocked dates (one per line, e.g. 2026-12-24)").fill("2099-12-24");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save schedule")).click();
        assertThat(page.locator(".flash")).containsText("The schedule is saved.");
        assertThat(page.locator(".plain-list li").first()).containsText("4 places left");
        publish(screenshot("slots-phone"));

        desktop();
        logIn("buyer@agora.test", DEMO_PASSWORD);
        page.navigate(lesson.path());
        page.locator(".slot-links a").first().click();
        assertThat(page.locator("fieldset.slots input[type=radio]:checked")).hasCount(1);
        publish(screenshot("checkout-slot-desktop"));
        page.getByLabel("Card number").fill("4242 4242 4242 4242");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send booking request")).click();
        page.waitForURL(url -> url.matches(".*/orders/[0-9a-f-]{36}$"));
        assertThat(page.locator(".order .status")).hasText("Requested");
    }

    @Test
    void anOperatorAddsAnAttributeToACategoryWithAReasonThatIsAudited() {
        desktop();
        logIn("operator@agora.test", DEMO_PASSWORD);
        page.navigate("/admin/config/categories");
        assertThat(page.locator(".console-nav a[aria-current=page]")).hasText("Configuration");
        publish(screenshot("admin-categories-desktop"));
        page.navigate("/admin/config/categories/bikes");
        int rows = page.locator("table.schema:not(.translations) tbody tr").count();
        page.locator("input[name='attributes[" + (rows - 1) + "].key']").fill("frameMaterial");
        page.locator("select[name='attributes[" + (rows - 1) + "].kind']").selectOption("ENUM");
        page.locator("input[name='attributes[" + (rows - 1) + "].options']").fill("steel, aluminium, carbon");

        page.getByLabel("Reason (kept in the audit log)").fill("   "); // passes the browser's check, not ours
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".field-error").first()).containsText("Give a reason");
        assertThat(categories.findCategory("bikes").orElseThrow().attributes())
                .noneMatch(a -> a.key().equals("frameMaterial"));

        page.getByLabel("Reason (kept in the audit log)").fill("Buyers filter by frame material");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".flash")).containsText("The category is saved.");
        CategoryView bikes = categories.findCategory("bikes").orElseThrow();
        assertThat(bikes.attributes()).anyMatch(a -> a.key().equals("frameMaterial") && a.options().size() == 3);
        assertThat(audit.about("category:" + bikes.id())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("category.update");
            assertThat(entry.reason()).isEqualTo("Buyers filter by frame material");
            assertThat(entry.details()).contains("frameMaterial:ENUM");
        });

        phone();
        logIn("operator@agora.test", DEMO_PASSWORD);
        page.navigate("/admin/config/categories/bikes");
        publish(screenshot("admin-category-edit-phone"));
    }

    @Test
    void anOperatorRegistersAWebhookSeesTheSecretOnceAndItsDeliveryLog() {
        desktop();
        logIn("operator@agora.test", DEMO_PASSWORD);
        page.navigate("/admin/webhooks");
        page.getByLabel("URL").fill("ftp://example.org/x");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
        assertThat(page.locator(".field-error").first()).containsText("http(s)");

        String url = "https://hooks.example.org/" + UUID.randomUUID();
        page.getByLabel("URL").fill(url);
        page.locator("input[name=eventTypes][value='listing.published']").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
        assertThat(page.locator(".secret-value")).containsText("whsec_");
        publish(screenshot("admin-webhooks-desktop"));
        page.reload();
        assertThat(page.locator(".secret-value")).hasCount(0);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(url)).click();
        assertThat(page.locator("h1")).hasText("Delivery log");
        phone();
        logIn("operator@agora.test", DEMO_PASSWORD);
        page.navigate("/admin/webhooks");
        publish(screenshot("admin-webhooks-phone"));
    }
}
