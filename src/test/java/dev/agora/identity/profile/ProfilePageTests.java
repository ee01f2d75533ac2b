package dev.agora.identity.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.identity.IdentityManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ProfilePageTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Test
    void showsTheSellersPublicProfileWithPersonData() throws Exception {
        var page = new MemberSession(port).get("/u/sam-seller");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>Sam Seller</h1>", "Berlin", "I repair and sell bikes", "English", "German")
                .contains("Member since ")
                .contains("<script type=\"application/ld+json\">")
                .contains("\"@type\":\"Person\"", "\"name\":\"Sam Seller\"", "\"addressLocality\":\"Berlin\"")
                .contains("class=\"avatar avatar-initials\"", ">SS<");
        assertThat(page.headers().firstValue("Link")).hasValueSatisfying(
                link -> assertThat(link).endsWith("/u/sam-seller>; rel=\"canonical\""));
    }

    @Test
    void namesTheMonthInTheReadersLanguage() throws Exception {
        var page = new MemberSession(port).get("/u/sam-seller", "de");

        assertThat(page.body()).contains("Mitglied seit ", "Deutsch", "Englisch");
    }

    @Test
    void rendersSectionsContributedByOtherModules() throws Exception {
        var seller = identity.findProfile("sam-seller").orElseThrow();

        var page = new MemberSession(port).get("/u/sam-seller");

        assertThat(page.body()).contains("<p class=\"contributed\">Contributed for <span>" + seller.id() + "</span></p>");
    }

    @Test
    void answersNotFoundForAnUnknownHandle() throws Exception {
        assertThat(new MemberSession(port).get("/u/nobody-here-at-all").statusCode()).isEqualTo(404);
    }

    @Test
    void redirectsOtherSpellingsOfAHandleToTheCanonicalUrl() throws Exception {
        var response = new MemberSession(port).get("/u/Sam-Seller");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/u/sam-seller"));
    }
}
