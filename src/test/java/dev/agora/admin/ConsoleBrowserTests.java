package dev.agora.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.agora.BrowserTest;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.messaging.ChatMembers;
import dev.agora.messaging.ChatMembers.ChatMember;
import dev.agora.messaging.MessagingManagement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff in Chromium: support looks a member up on a phone; the console pages at phone and desktop width. */
class ConsoleBrowserTests extends BrowserTest {

    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired MessagingManagement messaging;
    @Autowired dev.agora.identity.MemberAdministration members;

    @Test
    void supportLooksAMemberUpOnAPhone() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        ChatMember member = Members.verified(identity, members, "Wanda Wheel " + unique);
        ChatMember buyer = Members.verified(identity, members, "Curious Buyer " + unique);
        var listing = listings.publish(member.id(), listings.create(member.id(), ListingFixtures.bike("Tandem " + unique)).id());
        messaging.send(buyer.id(), messaging.start(buyer.id(), listing.id()).id(), "Hello, is it for two?");

        phone();
        logIn("support@agora.test", DEMO_PASSWORD);
        page.locator("details.menu summary").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Operator console")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/admin$"));
        screenshot("admin-overview-phone");
        page.locator(".console-nav").getByText("Members").click();
        page.getByLabel("Name, email or handle").fill("wanda wheel " + unique);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).last().click();
        screenshot("admin-members-phone");
        page.getByText("Wanda Wheel " + unique).click();
        assertThat(page.locator("h1")).hasText("Wanda Wheel " + unique);
        assertThat(page.locator(".console-body")).containsText("Tandem " + unique);
        assertThat(page.locator(".console-body")).containsText("Conversations");
        assertThat(page.locator(".console-body")).not().containsText("Hello, is it for two?");
        assertThat(page.getByText("Confirm email address")).hasCount(0);
        assertThat(page.locator("form[action$='/suspension']")).hasCount(0);
        publish(screenshot("admin-member-phone"));
    }

    @Test
    void theConsolePagesAtDesktopWidth() {
        desktop();
        logIn("operator@agora.test", DEMO_PASSWORD);
        for (String[] shot : new String[][] {{"/admin", "admin-overview-desktop"}, {"/admin/members", "admin-members-desktop"},
                {"/admin/listings?status=PUBLISHED", "admin-listings-desktop"}, {"/admin/config", "admin-config-desktop"},
                {"/admin/config/pages/terms", "admin-page-edit-desktop"}, {"/admin/audit", "admin-audit-desktop"},
                {"/p/privacy", "content-page-desktop"}, {"/me/settings#your-data", "settings-data-protection-desktop"}}) {
            page.navigate(shot[0]);
            assertThat(page.locator("h1").first()).isVisible();
            var file = screenshot(shot[1]);
            if (shot[1].equals("admin-overview-desktop")) {
                publish(file);
            }
        }
        page.navigate("/admin/members");
        page.locator("table a").first().click();
        assertThat(page.locator("form[action$='/role']")).isVisible();
        publish(screenshot("admin-member-desktop"));
        phone();
        logIn("operator@agora.test", DEMO_PASSWORD);
        for (String[] shot : new String[][] {{"/admin/listings", "admin-listings-phone"}, {"/admin/audit", "admin-audit-phone"},
                {"/admin/config", "admin-config-phone"}, {"/p/terms", "content-page-phone"}, {"/me/settings", "settings-phone"}}) {
            page.navigate(shot[0]);
            assertThat(page.locator("h1").first()).isVisible();
            screenshot(shot[1]);
        }
    }
}
