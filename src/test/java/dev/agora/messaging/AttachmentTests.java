package dev.agora.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.internal.TestImages;
import dev.agora.messaging.ChatMembers.ChatMember;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Images in messages go through the photo pipeline and are visible to the two participants only. */
@IntegrationTest
class AttachmentTests {

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired MessagingManagement messaging;

    @Test
    void anImageIsStrippedResizedAndShownToTheParticipantsOnly() throws Exception {
        ChatMember buyer = ChatMembers.verified(identity, port, "Ida Image");
        ChatMember seller = ChatMembers.verified(identity, port, "Ole Image");
        var bike = listings.publish(seller.id(), listings.create(seller.id(), ListingFixtures.bike("Photo question bike")).id());
        ConversationView conversation = messaging.start(buyer.id(), bike.id());

        SendOutcome sent = messaging.sendImage(buyer.id(), conversation.id(), TestImages.jpegWithExif(3000, 2000, 6),
                "Is this scratch on yours too?");
        MessageView message = sent.message();
        assertThat(message.attachmentId()).isNotNull();
        assertThat(message.body()).isEqualTo("Is this scratch on yours too?");

        var large = messaging.attachment(seller.id(), conversation.id(), message.attachmentId(), "large").orElseThrow();
        var image = ImageIO.read(new ByteArrayInputStream(large.content()));
        assertThat(image.getHeight()).isEqualTo(1600);
        assertThat(image.getWidth()).as("EXIF orientation applied").isLessThan(image.getHeight());
        assertThat(new String(large.content(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS-SECRET");
        var small = messaging.attachment(buyer.id(), conversation.id(), message.attachmentId(), "small").orElseThrow();
        assertThat(ImageIO.read(new ByteArrayInputStream(small.content())).getHeight()).isEqualTo(320);

        WebClient sellerWeb = ChatMembers.loggedIn(port, seller);
        var served = sellerWeb.get(message.attachmentUrl("small"));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(sellerWeb.get("/inbox/" + conversation.id()).body()).contains(message.attachmentUrl("small"));
        ChatMember stranger = ChatMembers.verified(identity, port, "Nosy Neighbour");
        assertThat(ChatMembers.loggedIn(port, stranger).get(message.attachmentUrl("small")).statusCode()).isEqualTo(404);
        assertThatThrownBy(() -> messaging.attachment(stranger.id(), conversation.id(), message.attachmentId(), "large"))
                .isInstanceOf(ConversationNotFoundException.class);
    }

    @Test
    void somethingThatIsNotAnImageIsRefusedWithAClearErrorAndNothingIsSent() {
        ChatMember buyer = ChatMembers.verified(identity, port, "Pia Pdf");
        ChatMember seller = ChatMembers.verified(identity, port, "Rolf Pdf");
        var bike = listings.publish(seller.id(), listings.create(seller.id(), ListingFixtures.bike("Pdf question bike")).id());
        ConversationView conversation = messaging.start(buyer.id(), bike.id());

        assertThatThrownBy(() -> messaging.sendImage(buyer.id(), conversation.id(),
                "%PDF-1.7 not an image".getBytes(StandardCharsets.US_ASCII), "my invoice"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().getFirst().field()).isEqualTo("attachment");
                    assertThat(e.errors().getFirst().code()).isEqualTo("attachment.not-image");
                });
        assertThat(messaging.read(seller.id(), conversation.id(), 0)).isEmpty();
    }
}
