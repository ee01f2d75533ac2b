package dev.agora.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.search.SynonymSet;
import dev.agora.search.SynonymSets;
import dev.agora.trust.AuditLog;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 5/12: the console's synonym sets page: adding, changing and deleting a set needs a reason, is recorded in
 * the audit log, and applies to the next search without a restart or a reindex.
 */
@IntegrationTest
class SynonymsConsoleTests {

    static final String DEMO = "agora-demo-2026";

    @LocalServerPort int port;
    @Autowired SynonymSets synonyms;
    @Autowired AuditLog audit;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;

    @Test
    void anOperatorAddsChangesAndDeletesASetAndSearchFollowsAtOnce() {
        ApiClient api = new ApiClient(port);
        AccountId seller = ListingFixtures.newSeller(identity);
        ListingView bike = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Brompton folder M6L")).id());
        String mine = "/api/v1/search?seller=" + seller + "&q=";
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> api.get(mine + "brompton").body().contains(bike.id().toString()));
        assertThat(api.get(mine + "faltrad").body()).doesNotContain(bike.id().toString());

        var operator = new WebClient(port);
        operator.logIn("operator@agora.test", DEMO);
        var page = operator.get("/admin/config/synonyms");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("stroller, pram, pushchair, kinderwagen, poussette, cochecito");
        String csrf = "&_csrf=" + WebClient.encode(WebClient.csrfToken(page.body()));
        int setsBefore = synonyms.sets().size();

        var noReason = operator.postForm("/admin/config/synonyms", "words=brompton,faltrad&reason=+" + csrf);
        assertThat(noReason.statusCode()).isEqualTo(422);
        var syntax = operator.postForm("/admin/config/synonyms", "words=" + WebClient.encode("brompton, title:* OR x")
                + "&reason=test" + csrf);
        assertThat(syntax.statusCode()).isEqualTo(422);
        assertThat(syntax.body()).contains("Give 2 to 20 words");
        assertThat(synonyms.sets()).hasSize(setsBefore);

        var created = operator.postForm("/admin/config/synonyms", "words=" + WebClient.encode("Brompton, Faltrad")
                + "&reason=" + WebClient.encode("buyers search folding bikes in German") + csrf);
        assertThat(created.statusCode()).isEqualTo(302);
        SynonymSet set = synonyms.sets().stream().filter(s -> s.words().contains("faltrad")).findFirst().orElseThrow();
        try {
            assertThat(api.get(mine + "faltrad").body()).contains(bike.id().toString());
            assertThat(audit.about("synonyms")).last().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("synonyms.create");
                assertThat(entry.reason()).isEqualTo("buyers search folding bikes in German");
                assertThat(entry.details()).contains("brompton, faltrad");
            });

            assertThat(operator.get("/admin/config/synonyms?edit=" + set.id()).body()).contains("value=\"brompton, faltrad\"");
            var changed = operator.postForm("/admin/config/synonyms", "id=" + set.id() + "&words="
                    + WebClient.encode("brompton, klapprad") + "&reason=" + WebClient.encode("Klapprad is more common") + csrf);
            assertThat(changed.statusCode()).isEqualTo(302);
            assertThat(api.get(mine + "klapprad").body()).contains(bike.id().toString());
            assertThat(api.get(mine + "faltrad").body()).doesNotContain(bike.id().toString());
            assertThat(audit.about("synonyms")).last().satisfies(entry ->
                    assertThat(entry.details()).contains("before: brompton, faltrad | after: brompton, klapprad"));
        } finally {
            var deleted = operator.postForm("/admin/config/synonyms/" + set.id() + "/delete",
                    "reason=" + WebClient.encode("test cleans up") + csrf);
            assertThat(deleted.statusCode()).isEqualTo(302);
        }
        assertThat(synonyms.set(set.id())).isEmpty();
        assertThat(api.get(mine + "klapprad").body()).doesNotContain(bike.id().toString());
        assertThat(audit.about("synonyms")).last().satisfies(entry -> assertThat(entry.action()).isEqualTo("synonyms.delete"));
    }
}
