package dev.agora.reviews;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.agora.BrowserTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A buyer on a phone reviews a completed order; the review shows on the seller's profile once both reviewed. */
class ReviewOnPhoneBrowserTests extends BrowserTest {

    private static final String PASSWORD = "a long enough browser password 9";

    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired OrderManagement orders;
    @Autowired ReviewManagement reviews;

    @Test
    void aBuyerLeavesAReviewOnAPhoneAndItAppearsOnTheSellersProfileOnceBothReviewed() {
        String email = "reviewer-" + UUID.randomUUID() + "@example.org";
        AccountId buyer = identity.register(new SignUp(email, PASSWORD, "Rita Reviewer"));
        AccountId seller = ListingFixtures.newSeller(identity);
        var bike = listings.publish(seller, listings.create(seller,
                ListingFixtures.bike("Gravel bike " + UUID.randomUUID().toString().substring(0, 6))).id());
        OrderView order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, "4242 4242 4242 4242"));
        orders.transition(seller, false, order.id(), "hand-over");
        orders.transition(buyer, false, order.id(), "confirm-delivery");
        orders.transition(buyer, false, order.id(), "complete");

        Page page = phone();
        logIn(email, PASSWORD);
        page.navigate("/orders/" + order.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review the other side")).click();
        assertThat(page.locator("h1")).containsText("Review: Gravel bike");
        publish(screenshot("review-form-phone"));

        page.locator("form.review-form button[type=submit]").click();
        // the browser's own check stops an empty rating; the server check is covered by the API tests
        assertThat(page.locator("h1")).containsText("Review: Gravel bike");
        page.locator("label[for=rating-5]").click();
        page.getByLabel("Your experience").fill("Exactly as described, and the handoff took two minutes.");
        page.getByLabel("As described").selectOption("5");
        page.getByLabel("Handoff").selectOption("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish review")).click();

        assertThat(page.locator(".flash")).containsText("Thank you");
        assertThat(page.locator(".review.mine .stars")).hasAttribute("aria-label", "5 of 5 stars");
        assertThat(page.locator(".review.mine .hint")).containsText("Hidden from everyone else");
        publish(screenshot("review-submitted-phone"));

        reviews.submit(seller, order.id(), new ReviewDraft(5, "Friendly and on time.", null, 5, 5));
        page.reload();
        assertThat(page.locator(".review.theirs")).containsText("Friendly and on time.");
        page.getByLabel("Reply publicly (once; you cannot edit it)").fill("Thanks, enjoy the money!");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post reply")).click();
        assertThat(page.locator(".review.theirs .reply")).containsText("Thanks, enjoy the money!");

        String handle = identity.findProfile(seller).orElseThrow().handle();
        page.navigate("/u/" + handle);
        assertThat(page.locator(".profile-reviews .review-text")).containsText("Exactly as described");
        assertThat(page.locator(".profile-reviews .reputation")).containsText("4.2");
        publish(screenshot("review-profile-phone"));
        page.navigate(bike.path());
        assertThat(page.locator(".seller-card .seller-rating")).containsText("4.2");
        publish(screenshot("review-listing-seller-phone"));

        page = desktop();
        logIn(email, PASSWORD);
        page.navigate("/orders/" + order.id() + "/review");
        publish(screenshot("review-page-desktop"));
        page.navigate("/u/" + handle);
        publish(screenshot("review-profile-desktop"));
    }

    @Test
    void theVerificationSectionOfTheSettingsOnAPhoneAndOnADesktop() {
        String email = "verifier-" + UUID.randomUUID() + "@example.org";
        identity.register(new SignUp(email, PASSWORD, "Vera Verifier"));

        Page page = phone();
        logIn(email, PASSWORD);
        page.navigate("/me/settings#verification");
        page.getByLabel("Mobile number").fill("not a number");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send code by SMS")).click();
        assertThat(page.locator("#verification .field-error")).containsText("not a valid phone number");
        page.getByLabel("Mobile number").fill("+49 151 23456789");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send code by SMS")).click();
        assertThat(page.locator(".flash")).containsText("code by SMS");
        assertThat(page.getByLabel("Code sent to +4915 •••• 789")).isVisible();
        page.locator("#verification").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("verification-settings-phone.png")));
        publish(SCREENSHOTS.resolve("verification-settings-phone.png"));

        page.setViewportSize(1280, 800);
        page.reload();
        page.locator("#verification").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("verification-settings-desktop.png")));
        publish(SCREENSHOTS.resolve("verification-settings-desktop.png"));
    }
}
