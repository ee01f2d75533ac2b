package dev.agora.identity.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.PublicProfile;
import dev.agora.identity.SignUp;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SettingsPageTests {

    static final String PASSWORD = "settings-test-passphrase";

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Test
    void requiresLogin() throws Exception {
        var response = new MemberSession(port).get("/me/settings");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void savesAValidEditAndShowsItOnTheProfile() throws Exception {
        var member = newMember("Nina Neu");
        var csrf = member.session.csrfFrom("/me/settings");

        var saved = member.session.post("/me/settings", Map.of(
                "displayName", "Nina <b>Neumann</b>",
                "bio", "Line one\n<script>alert(1)</script>",
                "city", "Leipzig",
                "latitude", "51,3397",
                "longitude", "12.3731",
                "languages", "de"), csrf);

        assertThat(saved.statusCode()).isEqualTo(302);
        var settings = member.session.get("/me/settings");
        assertThat(settings.body()).contains("Your profile was saved.", "<summary>Nina &lt;b&gt;Neumann&lt;/b&gt;</summary>");
        PublicProfile profile = identity.findProfile(member.handle).orElseThrow();
        assertThat(profile.displayName()).isEqualTo("Nina <b>Neumann</b>");
        assertThat(profile.latitude()).isEqualTo(51.3397);
        assertThat(profile.languages()).containsExactly("de");
        var page = member.session.get("/u/" + member.handle);
        assertThat(page.body())
                .contains("Leipzig", "German", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>", "<b>Neumann</b>")
                .contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e");
    }

    @Test
    void rejectsAnInvalidEditWithMessagesAndChangesNothing() throws Exception {
        var member = newMember("Otto Original");
        var csrf = member.session.csrfFrom("/me/settings");

        var response = member.session.post("/me/settings", Map.of(
                "displayName", " ",
                "bio", "x".repeat(2001),
                "city", "Nowhere",
                "latitude", "123",
                "longitude", "10",
                "languages", "xx"), csrf);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains(
                "Enter a display name of 1 to 80 characters.",
                "Keep it to at most 2000 characters.",
                "Enter a number from -90 to 90.",
                "Choose languages from the list.",
                "value=\"Nowhere\"");
        PublicProfile profile = identity.findProfile(member.handle).orElseThrow();
        assertThat(profile.displayName()).isEqualTo("Otto Original");
        assertThat(profile.city()).isNull();
        assertThat(profile.latitude()).isNull();
    }

    @Test
    void showsGermanMessages() throws Exception {
        var member = newMember("Greta Grün");
        var csrf = member.session.csrfFrom("/me/settings");

        member.session.post("/me/settings", Map.of("displayName", "Greta", "latitude", "50"), csrf);
        var page = member.session.get("/me/settings", "de");

        assertThat(page.body()).contains("Einstellungen", "Profil speichern", "Deutsch");
    }

    @Test
    void rejectsAPasswordChangeWithTheWrongCurrentPassword() throws Exception {
        var member = newMember("Paula Pass");
        var csrf = member.session.csrfFrom("/me/settings");

        var response = member.session.post("/me/settings/password",
                Map.of("currentPassword", "not-my-password-at-all", "newPassword", "a-brand-new-passphrase"), csrf);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("This is not your current password.");
        MemberSession.loggedIn(port, member.email, PASSWORD);
    }

    @Test
    void rejectsAWeakNewPasswordWithTheSignUpRules() throws Exception {
        var member = newMember("Rita Rules");
        var csrf = member.session.csrfFrom("/me/settings");

        var response = member.session.post("/me/settings/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "short"), csrf);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Use at least 12 characters.");
    }

    @Test
    void changesThePasswordWhenTheCurrentOneIsRight() throws Exception {
        var member = newMember("Chris Change");
        var csrf = member.session.csrfFrom("/me/settings");

        var response = member.session.post("/me/settings/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "a-brand-new-passphrase"), csrf);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(member.session.get("/me/settings").body()).contains("Your password was changed.");
        MemberSession.loggedIn(port, member.email, "a-brand-new-passphrase");
    }

    record NewMember(String email, String handle, MemberSession session) {}

    private NewMember newMember(String displayName) throws Exception {
        String email = "settings-" + UUID.randomUUID() + "@agora.test";
        var id = identity.register(new SignUp(email, PASSWORD, displayName));
        String handle = identity.findProfile(id).orElseThrow().handle();
        return new NewMember(email, handle, MemberSession.loggedIn(port, email, PASSWORD));
    }
}
