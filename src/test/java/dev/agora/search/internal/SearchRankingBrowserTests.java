package dev.agora.search.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.agora.BrowserTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 12: the "no close match" page and the operators' explain view, at phone and laptop width. */
class SearchRankingBrowserTests extends BrowserTest {

    private static AccountId seller;

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void corpus() {
        if (seller != null) {
            return;
        }
        seller = ListingFixtures.newSeller(identity);
        for (var draft : java.util.List.of(SemanticSearchTestsCorpus.cooler(), SemanticSearchTestsCorpus.guitar(),
                SemanticSearchTestsCorpus.item("Oak dining table for six", "Solid oak, extendable, some marks on the top."),
                SemanticSearchTestsCorpus.item("Kayak paddle, carbon", "Two-piece touring paddle, 220 cm, light."))) {
            listings.publish(seller, listings.create(seller, draft).id());
        }
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM search_listings WHERE seller_id = ? AND embedding IS NOT NULL")
                .param(seller.value()).query(Long.class).single() == 4);
    }

    @Test
    void aQueryWithNothingCloseSaysSoWithRelatedCategories() {
        for (boolean wide : new boolean[] {false, true}) {
            Page page = wide ? desktop() : phone();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                page.navigate("/search?q=aquarium&seller=" + seller.value());
                return page.locator("[data-test=no-close-match]").count() == 1;
            });
            assertThat(page.locator("[data-test=no-close-match]")).containsText("No close match");
            assertThat(page.locator("[data-test=no-close-match] a").first()).isVisible();
            assertThat(page.locator(".listing-card")).hasCount(0);
            screenshot("search-no-close-match-" + (wide ? "desktop" : "phone"));
        }
    }

    @Test
    void operatorsSeeWhyEachListingRanked() {
        for (boolean wide : new boolean[] {false, true}) {
            Page page = wide ? desktop() : phone();
            logIn("operator@agora.test", DEMO_PASSWORD);
            page.navigate("/admin/search/explain?q=guitar&seller=" + seller.value());
            assertThat(page.locator("table[data-test=explain] tbody tr").first())
                    .containsText("Electric guitar Squier Stratocaster");
            assertThat(page.locator("table[data-test=explain]")).containsText("fresh week");
            var shot = screenshot("admin-search-explain-" + (wide ? "desktop" : "phone"));
            if (wide) {
                publish(shot);
            }
        }
    }
}
