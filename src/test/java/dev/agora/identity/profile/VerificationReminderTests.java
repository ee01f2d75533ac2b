package dev.agora.identity.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.TestMailServer;
import dev.agora.WebClient;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class VerificationReminderTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Test
    void anUnverifiedMemberAsksForANewConfirmationLinkFromTheSettingsPage() {
        String email = "reminder-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "lost the first mail again";
        identity.register(new SignUp(email, password, "Remi Reminder"));
        Awaitility.await().until(() -> TestMailServer.mailsTo(email).size() == 1);
        var session = new WebClient(port);
        session.logIn(email, password);

        String settings = session.get("/me/settings").body();
        assertThat(settings).contains("Send a new confirmation link");
        var response = session.postForm("/me/settings/verification", "_csrf=" + WebClient.encode(WebClient.csrfToken(settings)));

        assertThat(response.statusCode()).isEqualTo(302);
        Awaitility.await().until(() -> TestMailServer.mailsTo(email).size() == 2);
        assertThat(session.get("/me/settings").body()).contains("We sent a new confirmation link");
    }

    @Test
    void aVerifiedMemberSeesNoReminder() {
        var session = new WebClient(port);
        session.logIn("seller@agora.test", "agora-demo-2026");

        assertThat(session.get("/me/settings").body()).doesNotContain("Send a new confirmation link");
    }
}
