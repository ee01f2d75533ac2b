package dev.agora.trust;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.agora.BrowserTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.money.Money;
import dev.agora.ledger.LedgerManagement;
import dev.agora.listings.ListingManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.trust.TrustFixtures.Deal;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A dispute from the buyer's claim with a photo, through the seller's answer, to a moderator's partial refund. */
class DisputeBrowserTests extends BrowserTest {

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired OrderManagement orders;
    @Autowired LedgerManagement ledger;

    @Test
    void aBuyerOpensADisputeTheSellerContestsAndAModeratorDecidesAPartialRefund() throws Exception {
        Deal deal = TrustFixtures.deliveredBike(identity, listings, orders);
        Path photo = crackedFramePhoto();

        var page = phone();
        logIn(email(deal.buyer()), password(deal.buyer()));
        page.navigate("/orders/" + deal.order().id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Problem with this order?")).click();
        assertThat(page.locator("h1")).hasText("Report a problem with this order");
        page.getByLabel("Damaged").check();
        page.getByLabel("Describe the problem").fill("The frame arrived with a crack near the bottom bracket.");
        page.locator("#photos").setInputFiles(photo);
        publish(screenshot("dispute-open-phone"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open dispute")).click();

        page.waitForURL(url -> url.matches(".*/me/disputes/[0-9a-f-]{36}$"));
        String disputePath = page.url().substring(page.url().indexOf("/me/disputes/"));
        String disputeId = disputePath.substring("/me/disputes/".length());
        assertThat(page.locator(".dispute .status")).hasText("Waiting for the seller");
        assertThat(page.locator(".dispute-timeline li")).hasCount(1);
        assertThat(page.locator(".dispute-photos img")).hasCount(1);
        publish(screenshot("dispute-buyer-phone"));
        assertThat(orders.get(deal.order().id()).state()).isEqualTo("disputed");

        page.navigate(deal.listing().path());
        page.locator("details.report-dialog summary").click();
        page.getByLabel("Reason").selectOption("MISLEADING");
        page.getByLabel("Details").fill("The photos hide a cracked frame.");
        publish(screenshot("report-dialog-phone"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send report")).click();
        assertThat(page.locator(".flash")).containsText("Thank you");

        page = desktop();
        logIn(email(deal.seller()), password(deal.seller()));
        page.navigate(disputePath);
        page.getByText("Contest the claim").first().click();
        page.getByLabel("Why the claim is not right").fill("The crack is a paint chip, see the listing's third photo.");
        page.locator("form[action$='/contest'] button").click();
        assertThat(page.locator(".dispute .status")).hasText("Agora decides");
        publish(screenshot("dispute-seller-desktop"));

        logOut();
        logIn("operator@agora.test", DEMO_PASSWORD);
        page.navigate("/admin/disputes");
        publish(screenshot("admin-disputes-desktop"));
        page.locator("a[href$='/admin/disputes/" + disputeId + "']").click();
        assertThat(page.locator(".dispute-timeline li")).hasCount(2);
        page.getByLabel("Partial refund (amount below), the rest to the seller").check();
        page.getByLabel("Partial refund amount").fill("50.00");
        page.getByLabel("Reason (kept in the audit log)").fill("Paint chip confirmed by photos; fair compensation.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decide")).click();
        assertThat(page.locator(".promise")).containsText("partial refund of €50.00");
        publish(screenshot("admin-dispute-desktop"));
        page.navigate("/admin/moderation");
        publish(screenshot("admin-moderation-desktop"));

        page = phone();
        logIn("operator@agora.test", DEMO_PASSWORD);
        page.navigate("/admin/disputes/" + disputeId);
        publish(screenshot("admin-dispute-phone"));
        page.navigate("/admin/moderation");
        publish(screenshot("admin-moderation-phone"));

        page = desktop();
        logIn(email(deal.buyer()), password(deal.buyer()));
        page.navigate(disputePath);
        assertThat(page.locator(".dispute .status")).hasText("Decided");
        assertThat(page.locator(".dispute-timeline li")).hasCount(3);
        publish(screenshot("dispute-decided-desktop"));

        String ref = deal.order().id().toString();
        assertThat(orders.get(deal.order().id()).state()).isEqualTo("completed");
        assertThat(ledger.escrowOf(ref, Currency.getInstance("EUR")).refunded()).isEqualTo(Money.of("50.00", "EUR"));
        assertThat(ledger.escrowOf(ref, Currency.getInstance("EUR")).balance()).isEqualTo(Money.of("0.00", "EUR"));
    }

    private void logOut() {
        page.locator("details.menu summary").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
        page.waitForURL(url -> url.contains("loggedOut"));
    }

    private String email(AccountId member) {
        return identity.mailContact(member).orElseThrow().email();
    }

    /** ListingFixtures' members have the password "correct horse battery staple " + their display name. */
    private String password(AccountId member) {
        return "correct horse battery staple " + identity.mailContact(member).orElseThrow().displayName();
    }

    private static Path crackedFramePhoto() throws Exception {
        var image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.WHITE);
        g.fillRect(100, 220, 440, 40);
        g.setColor(Color.BLACK);
        g.drawLine(300, 200, 340, 280);
        g.dispose();
        Path file = Files.createTempFile("cracked-frame", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
