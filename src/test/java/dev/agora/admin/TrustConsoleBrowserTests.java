package dev.agora.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.agora.BrowserTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdDocumentUpload;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.MemberSuspensions;
import dev.agora.identity.VerificationLevel;
import dev.agora.identity.VerificationManagement;
import dev.agora.identity.profile.TestImages;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.VerificationRules;
import dev.agora.messaging.ChatMembers;
import dev.agora.messaging.MessageModeration;
import dev.agora.messaging.MessagingManagement;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9: the new and changed console pages at phone and desktop width — verification requirements and ID review,
 * a member suspended through the one suspension mechanism — and a conversation with a message a moderator removed.
 */
class TrustConsoleBrowserTests extends BrowserTest {

    @Autowired IdentityManagement identity;
    @Autowired VerificationManagement verification;
    @Autowired VerificationRules rules;
    @Autowired MemberSuspensions suspensions;
    @Autowired ListingManagement listings;
    @Autowired MessagingManagement messaging;
    @Autowired MessageModeration messageModeration;

    @Test
    void theVerificationPagesAndASuspendedMemberAtPhoneAndDesktopWidth() throws Exception {
        AccountId operator = AccountId.random();
        // far above any price other tests publish at (the test context is shared); removed again below
        var rule = rules.add(operator, null, new BigDecimal("9000000"), VerificationLevel.ID, "Expensive items need a known seller");
        try {
            screenshots(rule.id());
        } finally {
            rules.remove(operator, rule.id(), "screenshot done");
        }
    }

    private void screenshots(UUID ruleId) throws Exception {
        AccountId member = ListingFixtures.newSeller(identity);
        verification.submitId(member, new IdDocumentUpload("ID_CARD", "Q" + UUID.randomUUID().toString().substring(0, 8),
                TestImages.encode(TestImages.halves(400, 250), "png")));
        UUID check = verification.statusOf(member).idCheck().id();
        suspensions.suspend(member, java.time.Instant.now().plus(java.time.Duration.ofDays(7)), "SPAM: the same listing ten times");

        for (boolean phone : new boolean[] {false, true}) {
            var page = phone ? phone() : desktop();
            String width = phone ? "phone" : "desktop";
            logIn("operator@agora.test", DEMO_PASSWORD);
            page.navigate("/admin/verification");
            assertThat(page.locator("h1")).hasText("Verification");
            assertThat(page.locator("form[action='/admin/verification/requirements/" + ruleId + "/removal']")).hasCount(1);
            assertThat(page.locator("a[href='/admin/verification/id-checks/" + check + "']")).isVisible();
            publish(screenshot("admin-verification-" + width));
            page.navigate("/admin/verification/id-checks/" + check);
            assertThat(page.getByText("Open the document").first()).isVisible();
            publish(screenshot("admin-id-check-" + width));
            page.navigate("/admin/members/" + member.value());
            assertThat(page.locator(".member-facts")).containsText("SPAM: the same listing ten times");
            publish(screenshot("admin-member-suspended-" + width));
        }
    }

    @Test
    void aMessageRemovedByAModeratorAsBothPartiesSeeIt() {
        var seller = ChatMembers.verified(identity, port, "Rita Seller");
        var buyer = ChatMembers.verified(identity, port, "Tom Buyer");
        var bike = listings.publish(seller.id(), listings.create(seller.id(),
                ListingFixtures.bike("Removed-message bike " + UUID.randomUUID().toString().substring(0, 6))).id());
        var conversation = messaging.start(buyer.id(), bike.id());
        messaging.send(buyer.id(), conversation.id(), "Is it still available?");
        var rude = messaging.send(seller.id(), conversation.id(), "Stop wasting my time, idiot").message();
        messaging.send(seller.id(), conversation.id(), "Sorry. Yes, it is available.");
        messageModeration.remove(rude.id());

        for (boolean phone : new boolean[] {true, false}) {
            var page = phone ? phone() : desktop();
            logIn(phone ? buyer.email() : seller.email(), ChatMembers.PASSWORD);
            page.navigate("/inbox/" + conversation.id());
            assertThat(page.locator("#message-" + rude.id())).containsText("Removed by a moderator");
            publish(screenshot("message-removed-" + (phone ? "phone" : "desktop")));
        }
    }
}
