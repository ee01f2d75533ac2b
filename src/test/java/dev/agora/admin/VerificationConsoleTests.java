package dev.agora.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdDocumentUpload;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.VerificationLevel;
import dev.agora.identity.VerificationManagement;
import dev.agora.identity.profile.TestImages;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.VerificationRules;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9: the operator's verification pages. Requirements are added and removed with an audited reason (none: a
 * message and nothing changes); a pending ID document is listed, opened decrypted with an audited reason and
 * approved with an audited reason; moderators are refused.
 */
@IntegrationTest
class VerificationConsoleTests {

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired VerificationManagement verification;
    @Autowired VerificationRules rules;
    @Autowired AuditLog audit;

    WebClient operator() {
        var web = new WebClient(port);
        web.logIn("operator@agora.test", "agora-demo-2026");
        return web;
    }

    static String csrf(WebClient web, String page) {
        return "_csrf=" + WebClient.encode(WebClient.csrfToken(web.get(page).body()));
    }

    @Test
    void operatorsEditRequirementsWithAnAuditedReason() {
        WebClient web = operator();
        var page = web.get("/admin/verification");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Requirements for selling").contains("href=\"/admin/verification\"");
        assertThat(web.get("/admin/config").body()).contains("/admin/verification");
        int before = rules.all().size();

        var refused = web.postForm("/admin/verification/requirements", csrf(web, "/admin/verification")
                + "&minPrice=123456&level=BUSINESS&reason=");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("give a reason");
        assertThat(rules.all()).hasSize(before);

        var added = web.postForm("/admin/verification/requirements", csrf(web, "/admin/verification")
                + "&minPrice=123456&level=BUSINESS&reason=" + WebClient.encode("Luxury goods need a company"));
        assertThat(added.statusCode()).isEqualTo(302);
        var rule = rules.all().stream().filter(r -> r.minPrice() != null && r.minPrice().intValue() == 123456)
                .findFirst().orElseThrow();
        assertThat(rule.level()).isEqualTo(VerificationLevel.BUSINESS);
        assertThat(audit.about("verification-requirement:" + rule.id())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("verification-requirement.added");
            assertThat(entry.reason()).isEqualTo("Luxury goods need a company");
        });

        var removed = web.postForm("/admin/verification/requirements/" + rule.id() + "/removal",
                csrf(web, "/admin/verification") + "&reason=" + WebClient.encode("Too strict"));
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(rules.all()).noneMatch(r -> r.id().equals(rule.id()));
        assertThat(audit.about("verification-requirement:" + rule.id())).extracting(AuditEntry::action)
                .containsExactly("verification-requirement.added", "verification-requirement.removed");
    }

    @Test
    void aPendingIdDocumentIsOpenedAndApprovedEachStepAudited() throws Exception {
        AccountId member = ListingFixtures.newSeller(identity);
        byte[] png = TestImages.encode(TestImages.halves(400, 250), "png");
        verification.submitId(member, new IdDocumentUpload("PASSPORT", "Q" + UUID.randomUUID().toString().substring(0, 8).replace("-", ""), png));
        UUID check = verification.statusOf(member).idCheck().id();
        WebClient web = operator();

        assertThat(web.get("/admin/verification").body()).contains("/admin/verification/id-checks/" + check);
        String checkPage = "/admin/verification/id-checks/" + check;
        assertThat(web.get(checkPage).body()).contains("Open the document").contains("Passport");

        var noReason = web.postForm(checkPage + "/document", csrf(web, checkPage) + "&reason=");
        assertThat(noReason.body()).contains("say why you open this document");
        var document = web.send(web.request(checkPage + "/document").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csrf(web, checkPage) + "&reason=" + WebClient.encode("Compare the photo")))
                .build());
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(document.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));

        var decided = web.postForm(checkPage + "/decision", csrf(web, checkPage) + "&decision=approve&reason="
                + WebClient.encode("Photo and name match"));
        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(verification.levelsOf(member)).contains(VerificationLevel.ID);
        assertThat(audit.about("identity-document:" + check)).extracting(AuditEntry::action)
                .containsExactly("identity-document.stored", "identity-document.sent-to-provider",
                        "identity-document.opened", "identity-document.approved");
        assertThat(web.get(checkPage).statusCode()).isEqualTo(404);
    }

    @Test
    void moderatorsCannotUseTheVerificationPages() {
        var web = new WebClient(port);
        web.logIn("moderator@agora.test", "agora-demo-2026");
        assertThat(web.get("/admin/verification").statusCode()).isEqualTo(403);
    }
}
