package dev.agora.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.messaging.ChatMembers.ChatMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ConversationTests {

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired MessagingManagement messaging;

    ChatMember buyer;
    ChatMember seller;
    ListingView listing;

    @BeforeEach
    void setUp() {
        buyer = ChatMembers.verified(identity, port, "Bea Buyer");
        seller = ChatMembers.verified(identity, port, "Sam Seller");
        listing = listings.publish(seller.id(), listings.create(seller.id(), ListingFixtures.bike("Road bike for chat")).id());
    }

    @Test
    void buyerStartsFromTheListingPageAndTheSellerSeesTheUnreadMessageEscaped() {
        WebClient buyerWeb = ChatMembers.loggedIn(port, buyer);
        String page = buyerWeb.get(listing.path()).body();
        assertThat(page).contains("Message the seller");
        var started = buyerWeb.postForm("/l/" + listing.id() + "/message", "_csrf=" + WebClient.encode(WebClient.csrfToken(page)));
        assertThat(started.statusCode()).isEqualTo(302);
        String conversationPath = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

        String conversationPage = buyerWeb.get(conversationPath).body();
        var sent = buyerWeb.send(buyerWeb.request(conversationPath + "/messages")
                .header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("body=" + WebClient.encode("Is it <b>still</b> there? <script>x()</script>")
                        + "&_csrf=" + WebClient.encode(WebClient.csrfToken(conversationPage))))
                .build());
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("&lt;script&gt;x()&lt;/script&gt;").doesNotContain("<script>x()");

        assertThat(messaging.unreadCount(seller.id())).isEqualTo(1);
        WebClient sellerWeb = ChatMembers.loggedIn(port, seller);
        assertThat(sellerWeb.get("/inbox").body()).contains("Bea Buyer").contains("1 unread");
        assertThat(sellerWeb.get(conversationPath).body()).contains("Is it &lt;b&gt;still&lt;/b&gt; there?");
        assertThat(messaging.unreadCount(seller.id())).isZero();
        assertThat(buyerWeb.get(conversationPath).body()).as("read receipt").contains(">Read<");
    }

    @Test
    void contactDetailsAreMaskedBeforePaymentAndTheSenderIsToldWhy() {
        ConversationView conversation = messaging.start(buyer.id(), listing.id());
        SendOutcome outcome = messaging.send(buyer.id(), conversation.id(), "call me: 0176 12345678 or anna at gmail dot com");
        assertThat(outcome.masked()).isTrue();
        assertThat(outcome.maskedKinds()).containsExactlyInAnyOrder("phone", "email");
        assertThat(messaging.read(seller.id(), conversation.id(), 0)).singleElement()
                .satisfies(m -> assertThat(m.body()).isEqualTo("call me: [•••] or [•••]"));

        messaging.allowContact(listing.id(), buyer.id());
        assertThat(messaging.send(buyer.id(), conversation.id(), "0176 12345678").message().body()).isEqualTo("0176 12345678");
    }

    @Test
    void aBlockedSenderGetsAClearErrorAndLongMessagesAreRefused() {
        ConversationView conversation = messaging.start(buyer.id(), listing.id());
        assertThatThrownBy(() -> messaging.send(buyer.id(), conversation.id(), "x".repeat(5001)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("5000");
        messaging.block(seller.id(), buyer.id());
        assertThatThrownBy(() -> messaging.send(buyer.id(), conversation.id(), "hello?"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not accept messages");
        messaging.unblock(seller.id(), buyer.id());
        assertThat(messaging.send(buyer.id(), conversation.id(), "hello again").message().body()).isEqualTo("hello again");
    }

    @Test
    void onlyTheRecipientMayReportAMessageAndReportingTwiceKeepsOneReport() {
        ConversationView conversation = messaging.start(buyer.id(), listing.id());
        var message = messaging.send(buyer.id(), conversation.id(), "rude words").message();
        assertThatThrownBy(() -> messaging.report(buyer.id(), message.id(), "mine")).isInstanceOf(InvalidInputException.class);
        var first = messaging.report(seller.id(), message.id(), "insulting");
        assertThat(messaging.report(seller.id(), message.id(), "insulting")).isEqualTo(first);
    }

    @Test
    void strangersCannotReadAConversation() {
        ConversationView conversation = messaging.start(buyer.id(), listing.id());
        ChatMember stranger = ChatMembers.verified(identity, port, "Nosy Neighbour");
        assertThatThrownBy(() -> messaging.read(stranger.id(), conversation.id(), 0))
                .isInstanceOf(ConversationNotFoundException.class);
        assertThat(ChatMembers.loggedIn(port, stranger).get("/inbox/" + conversation.id()).statusCode()).isEqualTo(404);
    }
}
