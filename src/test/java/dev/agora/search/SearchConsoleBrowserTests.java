package dev.agora.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.agora.BrowserTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 12: the operator starts the vector backfill on the search console and sees its progress bar. */
class SearchConsoleBrowserTests extends BrowserTest {

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired JdbcClient jdbc;

    @Test
    void theOperatorStartsTheVectorBackfillAndSeesItsProgress() {
        AccountId seller = ListingFixtures.newSeller(identity);
        listings.publish(seller, listings.create(seller, ListingFixtures.tent("Console backfill tent")).id());
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM search_listings WHERE seller_id = :s AND embedding IS NOT NULL")
                .param("s", seller.value()).query(Long.class).single() == 1);
        jdbc.sql("UPDATE search_listings SET embedding = NULL, embedding_key = NULL WHERE seller_id = :s")
                .param("s", seller.value()).update();

        page = desktop();
        logIn("operator@agora.test", DEMO_PASSWORD);
        page.navigate("/admin/search");
        assertThat(page.locator("h1")).hasText("Search index");
        page.locator("form[action='/admin/search/vectors'] button").click();
        assertThat(page.locator("[role=status]")).containsText("without a vector");
        assertThat(page.locator("#backfill-bar")).isVisible();
        publish(screenshot("search-console-desktop"));

        page = phone();
        logIn("operator@agora.test", DEMO_PASSWORD);
        page.navigate("/admin/search");
        assertThat(page.locator("#backfill-bar")).isVisible();
        publish(screenshot("search-console-phone"));
    }
}
