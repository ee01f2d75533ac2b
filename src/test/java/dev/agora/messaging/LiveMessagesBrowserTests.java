package dev.agora.messaging;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.agora.BrowserTest;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.messaging.ChatMembers.ChatMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two browser contexts, buyer and seller: what one sends appears for the other without a reload (SSE). */
class LiveMessagesBrowserTests extends BrowserTest {

    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired MessagingManagement messaging;

    @Test
    void aMessageSentByTheBuyerAppearsOnTheSellersOpenPageAndTheReplyComesBack() {
        ChatMember buyer = ChatMembers.verified(identity, port, "Live Buyer");
        ChatMember seller = ChatMembers.verified(identity, port, "Live Seller");
        ListingView listing = listings.publish(seller.id(), listings.create(seller.id(), ListingFixtures.bike("Live chat bike")).id());

        Page buyerPage = desktop();
        logIn(buyer.email(), ChatMembers.PASSWORD);
        buyerPage.navigate(listing.path());
        buyerPage.getByText("Message the seller").click();
        buyerPage.waitForURL(url -> url.contains("/inbox/"));
        String conversation = buyerPage.url();

        try (var sellerContext = loggedInElsewhere(seller.email(), ChatMembers.PASSWORD)) {
            Page sellerPage = sellerContext.pages().getFirst();
            sellerPage.navigate(conversation);
            sellerPage.waitForLoadState();

            buyerPage.getByLabel("Message").fill("Hello, can I see it on Friday?");
            buyerPage.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
            assertThat(buyerPage.locator("#messages .message.mine")).hasText(java.util.regex.Pattern.compile("Friday"));
            assertThat(sellerPage.locator("#messages .message.theirs")).hasText(java.util.regex.Pattern.compile("Friday"));

            sellerPage.getByLabel("Message").fill("Friday works, after 6.");
            sellerPage.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
            assertThat(buyerPage.locator("#messages .message.theirs")).hasText(java.util.regex.Pattern.compile("after 6"));
            screenshot("messaging-conversation");
        }
    }
}
