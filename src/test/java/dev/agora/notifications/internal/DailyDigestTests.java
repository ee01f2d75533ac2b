package dev.agora.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.agora.IntegrationTest;
import dev.agora.TestMailServer;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.messaging.ChatMembers;
import dev.agora.messaging.ChatMembers.ChatMember;
import dev.agora.messaging.MessagingManagement;
import dev.agora.notifications.Channel;
import dev.agora.notifications.NotificationCategory;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Members who chose the daily summary for a category get one mail a day for it instead of one mail each. */
@IntegrationTest
class DailyDigestTests {

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired MessagingManagement messaging;
    @Autowired NotificationCentre centre;
    @Autowired DailyDigest digest;
    @Autowired List<RecurringTask<?>> recurring;

    @Test
    void chosenCategoriesWaitForTheDigestWhichListsEachNotificationOnce() throws Exception {
        ChatMember buyer = ChatMembers.verified(identity, port, "Dora Digest");
        ChatMember seller = ChatMembers.verified(identity, port, "Udo Digest");
        centre.choose(seller.id(), NotificationCategory.MESSAGES, Channel.DIGEST, true);
        var bike = listings.publish(seller.id(), listings.create(seller.id(), ListingFixtures.bike("Digest bike")).id());
        var conversation = messaging.start(buyer.id(), bike.id());

        messaging.send(buyer.id(), conversation.id(), "First question");
        messaging.send(buyer.id(), conversation.id(), "Second question");
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> centre.newest(seller.id()).stream().filter(n -> n.text().contains("Dora Digest")).count() == 2);
        // other mails to the new member (sign-up, listing) may still be on their way; none may be about a message
        assertThat(TestMailServer.mailsTo(seller.email())).as("no mail per message")
                .noneMatch(m -> subject(m).contains("new message"));

        digest.sendDue();
        MimeMessage mail = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> TestMailServer.mailsTo(seller.email())
                .stream().filter(m -> subject(m).contains("daily summary")).findFirst().orElse(null), m -> m != null);
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        assertThat(body).contains("2 things happened").contains("Dora Digest sent you a message");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).isNotNull();

        int afterFirst = TestMailServer.mailsTo(seller.email()).size();
        digest.sendDue();
        assertThat(TestMailServer.mailsTo(seller.email())).as("nothing new, no second digest").hasSize(afterFirst);
        assertThat(recurring).anyMatch(task -> task.getName().equals("notifications-daily-digest"));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
