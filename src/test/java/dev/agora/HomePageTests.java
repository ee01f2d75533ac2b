package dev.agora;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.identity.IdentityManagement;
import dev.agora.identity.PublicProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class HomePageTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Test
    void homePageShowsTheNewestMembersButNoStaff() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(identity.recentMembers(8)).isNotEmpty().extracting(PublicProfile::displayName)
                .doesNotContain("Olga Operator", "Mona Moderator", "Cem Courier")
                .allSatisfy(name -> assertThat(response.body()).contains(org.springframework.web.util.HtmlUtils.htmlEscape(name)));
        assertThat(response.body()).doesNotContain("Olga Operator");
    }
}
