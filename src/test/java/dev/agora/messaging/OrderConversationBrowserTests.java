package dev.agora.messaging;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.agora.BrowserTest;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.messaging.ChatMembers.ChatMember;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8: from the order page into the order's conversation; the seller, on the same page in another browser
 * context, gets the buyer's message live (SSE) with the phone number left in (the order is paid). Screenshots of
 * the page on a laptop and a phone.
 */
class OrderConversationBrowserTests extends BrowserTest {

    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired MessagingManagement messaging;
    @Autowired OrderManagement orders;

    @Test
    void buyerAndSellerTalkLiveInTheOrdersConversationOnDesktopAndPhone() {
        ChatMember buyer = ChatMembers.verified(identity, port, "Lena Buyer");
        ChatMember seller = ChatMembers.verified(identity, port, "Karl Seller");
        ListingView listing = listings.publish(seller.id(),
                listings.create(seller.id(), ListingFixtures.bike("Dutch city bike")).id());
        ConversationView question = messaging.start(buyer.id(), listing.id());
        messaging.send(buyer.id(), question.id(), "Hi! Does the dynamo light work?");
        messaging.send(seller.id(), question.id(), "Yes, front and back.");
        OrderView order = orders.place(buyer.id(), new PlaceOrder(listing.id(), 1, null, "4242 4242 4242 4242"));

        Page buyerPage = desktop();
        logIn(buyer.email(), ChatMembers.PASSWORD);
        buyerPage.navigate("/orders/" + order.id());
        buyerPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Message the seller")).click();
        buyerPage.waitForURL(url -> url.contains("/inbox/"));
        String conversation = buyerPage.url();
        assertThat(buyerPage.locator(".order-subject")).containsText("About the order of");

        try (var sellerContext = loggedInElsewhere(seller.email(), ChatMembers.PASSWORD)) {
            Page sellerPage = sellerContext.pages().getFirst();
            sellerPage.navigate(conversation);
            sellerPage.waitForLoadState();

            buyerPage.getByLabel("Message").fill("Paid! Can I pick it up Saturday? My number is +49 170 1234567");
            buyerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
            assertThat(sellerPage.locator("#messages .message.theirs")).hasText(Pattern.compile("\\+49 170 1234567"));
            sellerPage.getByLabel("Message").fill("Saturday 10:00 works. See you!");
            sellerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
            assertThat(buyerPage.locator("#messages .message.theirs")).hasText(Pattern.compile("Saturday 10:00"));
        }
        buyerPage.locator("details.earlier summary").click();
        assertThat(buyerPage.locator("details.earlier")).containsText("dynamo light");
        publish(screenshot("order-conversation-desktop"));

        Page phonePage = phone();
        logIn(buyer.email(), ChatMembers.PASSWORD);
        phonePage.navigate(conversation);
        phonePage.locator("details.earlier summary").click();
        assertThat(phonePage.locator("#messages .message.mine").last()).containsText("+49 170 1234567");
        publish(screenshot("order-conversation-phone"));
    }
}
