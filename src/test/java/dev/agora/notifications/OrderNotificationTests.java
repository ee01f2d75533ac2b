package dev.agora.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.TestMailServer;
import dev.agora.WebClient;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.messaging.ChatMembers;
import dev.agora.messaging.ChatMembers.ChatMember;
import dev.agora.messaging.ConversationView;
import dev.agora.messaging.MessagingManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Order transitions notify buyer and seller (not the one who acted), by mail with RFC 8058 one-click
 * unsubscribe; a paid order opens the conversation and lets contact details through.
 */
@IntegrationTest
class OrderNotificationTests {

    static final String CARD = "4242 4242 4242 4242";

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired OrderManagement orders;
    @Autowired MessagingManagement messaging;

    @Test
    void paidAndHandedOverOrdersNotifyTheOtherPartyAndOneClickUnsubscribeWorks() throws Exception {
        ChatMember buyer = ChatMembers.verified(identity, port, "Paula Buyer");
        ChatMember seller = ChatMembers.verified(identity, port, "Sven Seller");
        var bike = listings.publish(seller.id(), listings.create(seller.id(), ListingFixtures.bike("Order news bike")).id());

        OrderView order = orders.place(buyer.id(), new PlaceOrder(bike.id(), 1, null, CARD));
        assertThat(order.state()).isEqualTo("paid");

        WebClient buyerWeb = ChatMembers.loggedIn(port, buyer);
        WebClient sellerWeb = ChatMembers.loggedIn(port, seller);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                sellerWeb.get("/me/notifications").body().contains("Your sale of \u201cOrder news bike\u201d: Paid."));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                buyerWeb.get("/me/notifications").body().contains("Your order of \u201cOrder news bike\u201d: Paid."));

        MimeMessage mail = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.mailsTo(buyer.email())
                .stream().filter(m -> subject(m).contains("your order")).findFirst().orElse(null), m -> m != null);
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        assertThat(body).contains("Open the order").contains("/orders/" + order.id());
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        String link = mail.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "").replaceFirst("^https?://[^/]+", "");
        assertThat(link).startsWith("/notifications/unsubscribe/one-click?token=");

        // the mail client's POST: no session, no CSRF token; a wrong body or a forged token changes nothing
        var visitor = new WebClient(port);
        assertThat(oneClick(visitor, link, "List-Unsubscribe=Maybe").statusCode()).isEqualTo(400);
        assertThat(oneClick(visitor, "/notifications/unsubscribe/one-click?token=abc.def", "List-Unsubscribe=One-Click")
                .statusCode()).isEqualTo(400);
        assertThat(oneClick(visitor, link.replace("/one-click", ""), "List-Unsubscribe=One-Click").statusCode())
                .as("the form's path keeps its CSRF protection").isEqualTo(403);
        assertThat(oneClick(visitor, link, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(200);
        assertThat(buyerWeb.get("/me/notifications/preferences").body())
                .containsPattern("name=\"ORDERS.EMAIL\"(?![^>]*checked)")
                .containsPattern("name=\"MESSAGES.EMAIL\"[^>]*checked");
        assertThat(visitor.get(link).body()).as("a browser opening the link sees the confirmation page").contains("Stop email about");

        orders.transition(seller.id(), false, order.id(), "hand-over");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                buyerWeb.get("/me/notifications").body().contains("Handed over."));
        assertThat(sellerWeb.get("/me/notifications").body()).as("the seller acted, so is not told")
                .doesNotContain("Handed over.");
    }

    @Test
    void aPaidOrderOpensTheConversationWithContactDetailsAllowed() {
        ChatMember buyer = ChatMembers.verified(identity, port, "Mia Meetup");
        ChatMember seller = ChatMembers.verified(identity, port, "Tom Meetup");
        var bike = listings.publish(seller.id(), listings.create(seller.id(), ListingFixtures.bike("Meetup bike")).id());

        orders.place(buyer.id(), new PlaceOrder(bike.id(), 1, null, CARD));

        ConversationView conversation = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> messaging.inbox(buyer.id()).stream().filter(c -> c.listingId().equals(bike.id()))
                        .findFirst().orElse(null), c -> c != null && c.contactAllowed());
        var sent = messaging.send(buyer.id(), conversation.id(), "Call me on +49 170 1234567 for the meetup");
        assertThat(sent.message().body()).contains("+49 170 1234567");
        assertThat(sent.maskedKinds()).isEmpty();
    }

    private static java.net.http.HttpResponse<String> oneClick(WebClient client, String path, String form) {
        return client.postForm(path, form);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
