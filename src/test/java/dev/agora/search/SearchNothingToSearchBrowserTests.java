package dev.agora.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.agora.BrowserTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** search-edges (issue 12): a buyer searches for emoji only and is told so kindly, with the filters still there. */
class SearchNothingToSearchBrowserTests extends BrowserTest {

    @Test
    void emojiOnlyShowsAKindSentenceAndTheFiltersNotEveryListing() {
        for (var device : new String[] {"phone", "desktop"}) {
            Page page = "phone".equals(device) ? phone() : desktop();
            page.navigate("/search?q=" + URLEncoder.encode("🚲 ?! 🏕️", StandardCharsets.UTF_8));
            assertThat(page.locator(".no-searchable-text")).containsText("Nothing to search for.");
            assertThat(page.locator("#search-q")).hasValue("🚲 ?! 🏕️");
            assertThat(page.locator("input[name=min_price]")).isAttached();
            assertThat(page.locator(".listing-cards")).hasCount(0);
            publish(screenshot("search-nothing-to-search-" + device));
        }
    }
}
