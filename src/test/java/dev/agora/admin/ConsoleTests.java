package dev.agora.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.TestClock;
import dev.agora.WebClient;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.MemberAdministration;
import dev.agora.identity.Role;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.messaging.ChatMembers;
import dev.agora.messaging.ChatMembers.ChatMember;
import dev.agora.messaging.MessagingManagement;
import dev.agora.trust.AuditLog;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The console's member work, content pages and retention, through the pages and the API as staff use them. */
@IntegrationTest
class ConsoleTests {

    static final String DEMO = "agora-demo-2026";

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired MemberAdministration members;
    @Autowired ListingManagement listings;
    @Autowired MessagingManagement messaging;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @Test
    void supportFindsAMemberAndSeesTheirListingsAndConversationsButNotTheTexts() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ChatMember seller = Members.verified(identity, members, "Helga Hilfe " + unique);
        ChatMember buyer = Members.verified(identity, members, "Bruno Buyer " + unique);
        var listing = listings.publish(seller.id(), listings.create(seller.id(), ListingFixtures.bike("Cargo bike " + unique)).id());
        var conversation = messaging.start(buyer.id(), listing.id());
        messaging.send(buyer.id(), conversation.id(), "A private question about the cargo bike");

        var support = new WebClient(port);
        support.logIn("support@agora.test", DEMO);
        var found = support.get("/admin/members?q=" + WebClient.encode("hilfe " + unique));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("Helga Hilfe " + unique).contains(seller.email())
                .doesNotContain("Bruno Buyer " + unique);
        var page = support.get("/admin/members/" + seller.id().value());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Cargo bike " + unique).contains("/admin/members/" + buyer.id().value())
                .doesNotContain("A private question");
        // support may confirm emails but not suspend or make staff (their forms are not even shown)
        assertThat(page.body()).doesNotContain("/suspension\"").doesNotContain("/role\"");
        assertThat(support.get("/admin/audit").statusCode()).isEqualTo(403);
        assertThat(support.get("/admin").body()).contains("/admin/members").doesNotContain("href=\"/admin/config\"");
    }

    @Test
    void aSuspensionNeedsAReasonEndsLoginsAndIsAudited() {
        ChatMember member = Members.verified(identity, members, "Sus Pect " + UUID.randomUUID().toString().substring(0, 6));
        var moderator = new WebClient(port);
        moderator.logIn("moderator@agora.test", DEMO);
        String path = "/admin/members/" + member.id().value();
        String csrf = WebClient.csrfToken(moderator.get(path).body());

        var withoutReason = moderator.postForm(path + "/suspension", "reason=+&_csrf=" + WebClient.encode(csrf));
        assertThat(withoutReason.statusCode()).isEqualTo(422);
        assertThat(withoutReason.body()).contains("Give a reason");
        assertThat(members.find(member.id()).orElseThrow().suspended()).isFalse();

        var suspended = moderator.postForm(path + "/suspension", "reason=" + WebClient.encode("Scam reports from 3 buyers")
                + "&_csrf=" + WebClient.encode(csrf));
        assertThat(suspended.statusCode()).isEqualTo(302);
        assertThat(members.find(member.id()).orElseThrow().suspended()).isTrue();
        assertThat(audit.about("member:" + member.id().value())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("member.suspend");
            assertThat(entry.reason()).isEqualTo("Scam reports from 3 buyers");
        });
        var login = new WebClient(port);
        String loginCsrf = WebClient.csrfToken(login.get("/login").body());
        var refused = login.postForm("/login", "username=" + WebClient.encode(member.email()) + "&password="
                + WebClient.encode(ChatMembers.PASSWORD) + "&_csrf=" + WebClient.encode(loginCsrf));
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?locked"));

        var lifted = moderator.postForm(path + "/suspension/lift", "reason=" + WebClient.encode("Cleared after review")
                + "&_csrf=" + WebClient.encode(csrf));
        assertThat(lifted.statusCode()).isEqualTo(302);
        ChatMembers.loggedIn(port, member);
    }

    @Test
    void anOperatorMakesStaffThroughTheApiWithAReasonAndTheRoleAppliesAtTheNextLogin() {
        ApiClient api = new ApiClient(port);
        String email = api.newMember("Future Support");
        var operatorToken = ApiClient.body(api.postJson("/api/v1/auth/tokens",
                Map.of("email", "operator@agora.test", "password", DEMO, "scope", "read-write"))).get("token").asString();
        String id = ApiClient.body(api.get("/api/v1/admin/members?q=" + WebClient.encode(email),
                "Authorization", ApiClient.bearer(operatorToken))).get(0).get("id").asString();

        var noReason = api.send(api.request("/api/v1/admin/members/" + id + "/role").header("Content-Type", "application/json")
                .header("Authorization", ApiClient.bearer(operatorToken))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"role\":\"SUPPORT\"}")));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        var changed = api.send(api.request("/api/v1/admin/members/" + id + "/role").header("Content-Type", "application/json")
                .header("Authorization", ApiClient.bearer(operatorToken))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"role\":\"SUPPORT\",\"reason\":\"Joins the help desk\"}")));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(ApiClient.body(changed).get("role").asString()).isEqualTo("SUPPORT");
        assertThat(members.find(new dev.agora.identity.AccountId(UUID.fromString(id))).orElseThrow().role()).isEqualTo(Role.SUPPORT);

        var newStaff = new WebClient(port);
        newStaff.logIn(email, ApiClient.PASSWORD);
        assertThat(newStaff.get("/admin/members").statusCode()).isEqualTo(200);
        assertThat(newStaff.get("/").body()).contains("href=\"/admin\"");
        var auditApi = api.get("/api/v1/admin/audit?subject=member:" + id, "Authorization", ApiClient.bearer(operatorToken));
        assertThat(auditApi.body()).contains("member.role").contains("Joins the help desk").contains("MEMBER -> SUPPORT");
    }

    @Test
    void contentPagesAreSafeMarkdownEditedWithAReasonAndLinkedInTheFooter() {
        var operator = new WebClient(port);
        operator.logIn("operator@agora.test", DEMO);
        String csrf = WebClient.csrfToken(operator.get("/admin/config/pages/help").body());
        String body = "## Help\n\nAsk **us** anything. <script>alert('x')</script> [mail](javascript:alert(1))";
        var refused = operator.postForm("/admin/config/pages/help", "title=Help&body=" + WebClient.encode(body)
                + "&reason=&_csrf=" + WebClient.encode(csrf));
        assertThat(refused.statusCode()).isEqualTo(422);
        var saved = operator.postForm("/admin/config/pages/help", "title=Help&body=" + WebClient.encode(body)
                + "&reason=" + WebClient.encode("Clearer help text") + "&_csrf=" + WebClient.encode(csrf));
        assertThat(saved.statusCode()).isEqualTo(302);

        var page = new WebClient(port).get("/p/help");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<strong>us</strong>").doesNotContain("<script>alert").doesNotContain("javascript:")
                .contains("href=\"/p/terms\"").contains("href=\"/p/privacy\"");
        assertThat(new WebClient(port).get("/p/no-such-page").statusCode()).isEqualTo(404);
        assertThat(audit.about("page:help")).anySatisfy(entry -> assertThat(entry.reason()).isEqualTo("Clearer help text"));
    }

    @Test
    void marketingConsentIsOffUntilTheMemberTurnsItOn() {
        ApiClient api = new ApiClient(port);
        String token = api.newToken("read-write");
        assertThat(ApiClient.body(api.get("/api/v1/me/consent", "Authorization", ApiClient.bearer(token)))
                .get("marketingEmail").asBoolean()).isFalse();
        var on = api.send(api.request("/api/v1/me/consent").header("Content-Type", "application/json")
                .header("Authorization", ApiClient.bearer(token))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"marketingEmail\":true}")));
        assertThat(ApiClient.body(on).get("marketingEmail").asBoolean()).isTrue();
    }

    @Test
    void theRetentionJobDeletesMessagesOlderThanTwoYears() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ChatMember seller = Members.verified(identity, members, "Old Seller " + unique);
        ChatMember buyer = Members.verified(identity, members, "Old Buyer " + unique);
        var listing = listings.publish(seller.id(), listings.create(seller.id(), ListingFixtures.bike("Old bike " + unique)).id());
        var conversation = messaging.start(buyer.id(), listing.id());
        messaging.send(buyer.id(), conversation.id(), "An old message " + unique);
        try {
            clock.advance(Duration.ofDays(731));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc
                    .sql("SELECT COUNT(*) FROM messaging_messages WHERE body = ?").param("An old message " + unique)
                    .query(Long.class).single() == 0);
        } finally {
            clock.reset();
        }
    }
}
