package dev.agora.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.agora.IntegrationTest;
import dev.agora.TestMailServer;
import dev.agora.WebClient;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.messaging.ChatMembers;
import dev.agora.messaging.ChatMembers.ChatMember;
import dev.agora.messaging.MessagingManagement;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A new message notifies its recipient in the notification centre and by mail, which can be unsubscribed. */
@IntegrationTest
class NotificationFlowTests {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("https?://[^\\s\"<>]+/notifications/unsubscribe\\?token=[A-Za-z0-9_\\-.]+");

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired MessagingManagement messaging;

    @Test
    void aNewMessageRingsTheBellAndMailsTheRecipientWhoCanUnsubscribeFromMessageMail() throws Exception {
        ChatMember buyer = ChatMembers.verified(identity, port, "Nora Buyer");
        ChatMember seller = ChatMembers.verified(identity, port, "Otto Seller");
        var listing = listings.publish(seller.id(), listings.create(seller.id(), ListingFixtures.bike("Notified bike")).id());
        var conversation = messaging.start(buyer.id(), listing.id());

        messaging.send(buyer.id(), conversation.id(), "Is the bike still there?");

        MimeMessage mail = Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> TestMailServer.mailsTo(seller.email())
                .stream().filter(m -> subject(m).contains("new message")).findFirst().orElse(null), m -> m != null);
        assertThat(mail.getHeader("List-Unsubscribe")).isNotNull();
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        assertThat(body).contains("Nora Buyer sent you a message about");

        WebClient sellerWeb = ChatMembers.loggedIn(port, seller);
        assertThat(sellerWeb.get("/notifications/bell").body()).contains("class=\"badge\">");
        assertThat(sellerWeb.get("/me/notifications").body()).contains("Nora Buyer sent you a message");

        var matcher = UNSUBSCRIBE.matcher(body);
        assertThat(matcher.find()).isTrue();
        String link = matcher.group().replaceFirst("^https?://[^/]+", "");
        var visitor = new WebClient(port);
        String confirm = visitor.get(link).body();
        assertThat(confirm).contains("Stop email about");
        var done = visitor.postForm("/notifications/unsubscribe", "token=" + link.substring(link.indexOf("token=") + 6)
                + "&_csrf=" + WebClient.encode(WebClient.csrfToken(confirm)));
        assertThat(done.body()).contains("you no longer get email about");
        assertThat(sellerWeb.get("/me/notifications/preferences").body())
                .containsPattern("name=\"MESSAGES.EMAIL\"(?![^>]*checked)");

        int mailsBefore = TestMailServer.mailsTo(seller.email()).size();
        messaging.send(buyer.id(), conversation.id(), "Hello?");
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> sellerWeb.get("/me/notifications").body().split("sent you a message").length > 2);
        assertThat(TestMailServer.mailsTo(seller.email())).as("no more message mail").hasSize(mailsBefore);
    }

    @Test
    void forgedUnsubscribeTokensAreRefused() {
        assertThat(new WebClient(port).get("/notifications/unsubscribe?token=abc.def").body()).contains("not valid");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
