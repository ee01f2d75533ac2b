package dev.agora.identity.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AvatarUploadTests {

    static final String PASSWORD = "avatar-test-passphrase";

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Test
    void uploadedPngIsServedAsResizedJpegsWithLongCaching() throws Exception {
        var member = newMember();
        var csrf = member.session.csrfFrom("/me/settings");

        var response = member.session.upload("/me/settings/avatar", "avatar", "me.png",
                TestImages.encode(TestImages.halves(640, 480), "png"), csrf);

        assertThat(response.statusCode()).isEqualTo(302);
        String avatarUrl = identity.findProfile(member.handle).orElseThrow().avatarUrl();
        assertThat(avatarUrl).startsWith("/u/" + member.handle + "/avatar?v=");
        var large = member.session.getBytes(avatarUrl + "&size=256");
        assertThat(large.statusCode()).isEqualTo(200);
        assertThat(large.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(large.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("max-age=31536000", "immutable"));
        assertThat(ImageIO.read(new ByteArrayInputStream(large.body())).getWidth()).isEqualTo(256);
        var small = new MemberSession(port).getBytes(avatarUrl + "&size=64");
        assertThat(ImageIO.read(new ByteArrayInputStream(small.body())).getHeight()).isEqualTo(64);
        assertThat(new MemberSession(port).get("/u/" + member.handle).body()).contains(avatarUrl.replace("&", "&amp;"));
    }

    @Test
    void aNewPictureGetsANewUrl() throws Exception {
        var member = newMember();
        var csrf = member.session.csrfFrom("/me/settings");
        member.session.upload("/me/settings/avatar", "avatar", "a.png", TestImages.encode(TestImages.halves(300, 300), "png"), csrf);
        String first = identity.findProfile(member.handle).orElseThrow().avatarUrl();

        member.session.upload("/me/settings/avatar", "avatar", "b.png", TestImages.encode(TestImages.halves(200, 300), "png"), csrf);

        assertThat(identity.findProfile(member.handle).orElseThrow().avatarUrl()).isNotEqualTo(first);
    }

    @Test
    void stripsExifFromUploadedPhotos() throws Exception {
        var member = newMember();
        var csrf = member.session.csrfFrom("/me/settings");

        member.session.upload("/me/settings/avatar", "avatar", "phone.jpg",
                TestImages.jpegWithExif(TestImages.halves(400, 200)), csrf);

        String avatarUrl = identity.findProfile(member.handle).orElseThrow().avatarUrl();
        byte[] served = member.session.getBytes(avatarUrl + "&size=256").body();
        assertThat(TestImages.hasApp1(served)).isFalse();
    }

    @Test
    void rejectsATextFileNamedLikeAPhoto() throws Exception {
        var member = newMember();
        var csrf = member.session.csrfFrom("/me/settings");

        var response = member.session.upload("/me/settings/avatar", "avatar", "photo.jpg",
                "definitely not a picture".getBytes(StandardCharsets.UTF_8), csrf);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("This is not a JPEG, PNG or WebP image.");
        assertThat(identity.findProfile(member.handle).orElseThrow().avatarUrl()).isNull();
    }

    @Test
    void rejectsADecompressionBomb() throws Exception {
        var member = newMember();
        var csrf = member.session.csrfFrom("/me/settings");

        var response = member.session.upload("/me/settings/avatar", "avatar", "huge.png",
                TestImages.pngBomb(50_000, 50_000), csrf);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("The image is too large (more than 40 megapixels).");
        assertThat(identity.findProfile(member.handle).orElseThrow().avatarUrl()).isNull();
    }

    @Test
    void answersNotFoundForAMemberWithoutAvatar() throws Exception {
        assertThat(new MemberSession(port).getBytes("/u/sam-seller/avatar?size=64").statusCode()).isEqualTo(404);
    }

    record NewMember(String handle, MemberSession session) {}

    private NewMember newMember() throws Exception {
        String email = "avatar-" + UUID.randomUUID() + "@agora.test";
        var id = identity.register(new SignUp(email, PASSWORD, "Ava Tar"));
        String handle = identity.findProfile(id).orElseThrow().handle();
        return new NewMember(handle, MemberSession.loggedIn(port, email, PASSWORD));
    }
}
