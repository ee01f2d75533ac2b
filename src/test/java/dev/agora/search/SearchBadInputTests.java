package dev.agora.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, bad input: queries with nothing to search for are a 400 problem naming {@code q} (API) or a sentence
 * with the filters (page), never every listing and never a 500; text in scripts the analysers do not know still
 * finds a listing written in it by its exact word.
 */
@IntegrationTest
class SearchBadInputTests {

    /** Listings of one fresh seller, by a key naming their script. */
    private static final Map<String, String> IDS = new LinkedHashMap<>();
    private static AccountId seller;

    static final String LUCENE_SYNTAX = "\"*?~:(){}[]^!&&||\\/";
    static final List<String> NOTHING_TO_SEARCH = List.of("?!.,;:", "…—«»", LUCENE_SYNTAX, "🚲🏕️👍🏽",
            "👨\u200D👩\u200D👧", "\u0000", "\u0007\u001B\u0000", "\u200B\u200D\u200F", "\uFE0F\u20E3", "🇩🇪 ★ ©");

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @LocalServerPort int port;
    ApiClient api;

    @BeforeEach
    void corpus() {
        api = new ApiClient(port);
        if (seller == null) {
            seller = ListingFixtures.newSeller(identity);
            add("greek", "Ορειβατική σκηνή τεσσάρων ατόμων");
            add("turkish", "İstanbul kamp çadırı, dört kişilik");
            add("japanese", "ファミリーテント 4人用 キャンプ");
            add("arabic", "خيمة عائلية كبيرة");
            add("hindi", "परिवार तम्बू चार लोग");
            add("mixed", "Zelt палатка 帐篷 Vaude");
            Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> search("").get("total").asLong() == IDS.size());
        }
    }

    @Test
    void aQueryWithNothingToSearchForIsAProblemNamingQ() {
        for (String text : NOTHING_TO_SEARCH) {
            HttpResponse<String> response = api.get(mine() + "&q=" + enc(text));
            assertThat(response.statusCode()).as(text).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).contains("problem+json"));
            JsonNode error = ApiClient.body(response).get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("q");
            assertThat(error.get("code").asString()).isEqualTo("q.no-searchable-text");
        }
        // blank is no query at all: everything, as before
        assertThat(search("   ").get("total").asLong()).isEqualTo(IDS.size());
    }

    @Test
    void syntaxAndSymbolsAroundWordsAreIgnoredNotParsed() {
        // (look-alikes may follow: every listing here is a tent, and "zelt" is a synonym of tent)
        assertThat(ids(search("(Vaude)~2 AND title:* || \"zelt\"^3 \\/"))).first().isEqualTo(IDS.get("mixed"));
        assertThat(ids(search("🏕️ Vaude 👍🏽"))).first().isEqualTo(IDS.get("mixed"));
        assertThat(ids(search("Va\u200Dude\u00AD"))).first().isEqualTo(IDS.get("mixed")); // joiner, soft hyphen
        assertThat(ids(search("Vaude\u0000\u0007"))).first().isEqualTo(IDS.get("mixed"));
    }

    @Test
    void scriptsTheAnalysersDoNotKnowFindTheirListingByExactWord() {
        assertThat(ids(search("σκηνή"))).contains(IDS.get("greek"));
        assertThat(ids(search("İstanbul"))).contains(IDS.get("turkish"));
        assertThat(ids(search("istanbul çadırı"))).contains(IDS.get("turkish"));
        assertThat(ids(search("ファミリーテント"))).contains(IDS.get("japanese"));
        assertThat(ids(search("\u200Fخيمة\u200E"))).contains(IDS.get("arabic")); // with direction marks
        assertThat(ids(search("तम्बू"))).contains(IDS.get("hindi")); // a virama inside the word
        assertThat(ids(search("палатка"))).contains(IDS.get("mixed"));
        assertThat(ids(search("帐篷"))).contains(IDS.get("mixed"));
        assertThat(ids(search("Vaude палатка 帐篷"))).first().isEqualTo(IDS.get("mixed"));
    }

    @Test
    void longQueriesAreReadUpToTheirFirstWords() {
        assertThat(status("q=" + enc("vaude " + "x".repeat(1994)))).isEqualTo(200); // 2,000 characters
        assertThat(ids(search("Vaude " + "zelt ".repeat(399)))).first().isEqualTo(IDS.get("mixed")); // 2,001
        assertThat(status("q=" + enc("палатка ".repeat(250)))).isEqualTo(200); // 2,000 Cyrillic: 24 KB of URL
        assertThat(status("q=" + enc("😀".repeat(1000)))).isEqualTo(400); // 2,000 chars, no word
        assertThat(status("q=" + enc("𠀋".repeat(1000)))).isEqualTo(200); // letters outside the BMP, cut whole
        assertThat(status("q=" + enc("帐篷".repeat(1000)))).isEqualTo(200); // 2,000 CJK: 18 KB of URL
        assertThat(status("q=" + enc("帐篷".repeat(2000)))).isEqualTo(400); // 36 KB: over the server's limit
    }

    @Test
    void malformedPercentEncodingIsNeverAnError() {
        // an unpaired surrogate (CESU-8 of U+D800) and a cut-off four-byte sequence: not UTF-8
        for (String raw : List.of("%ED%A0%80", "%F0%9F", "%C0%AF", "Vaude%ED%A0%80", "%FF%FE")) {
            HttpResponse<String> response = api.get(mine() + "&q=" + raw);
            assertThat(response.statusCode()).as(raw).isEqualTo(400);
            assertThat(ApiClient.body(response).get("errors").get(0).get("field").asString()).isEqualTo("q");
            assertThat(api.get("/api/v1/search/suggest?q=" + raw).statusCode()).as(raw).isEqualTo(400);
            assertThat(api.get("/search?q=" + raw).statusCode()).as(raw).isEqualTo(400);
        }
    }

    @Test
    void suggestionsAnswerEveryInputAndCompleteOtherScripts() {
        for (String text : NOTHING_TO_SEARCH) {
            HttpResponse<String> response = api.get("/api/v1/search/suggest?q=" + enc(text));
            assertThat(response.statusCode()).as(text).isEqualTo(200);
            assertThat(response.body()).isEqualTo("[]");
        }
        assertThat(api.get("/api/v1/search/suggest?q=" + enc("Ορειβ")).body()).contains("Ορειβατική σκηνή");
        assertThat(api.get("/api/v1/search/suggest?q=" + enc("x".repeat(2000))).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/search/suggest?q=" + enc("палатка " + LUCENE_SYNTAX)).statusCode()).isEqualTo(200);
    }

    @Test
    void theSearchPageSaysThereIsNothingToSearchForAndKeepsTheFilters() {
        for (String text : List.of("?!", "🚲🏕️", LUCENE_SYNTAX)) {
            HttpResponse<String> page = api.get("/search?seller=" + seller + "&q=" + enc(text));
            assertThat(page.statusCode()).as(text).isEqualTo(200);
            assertThat(page.body()).contains("Nothing to search for.").contains("name=\"min_price\"")
                    .doesNotContain(IDS.get("greek")).doesNotContain("q: has no letters");
        }
        HttpResponse<String> found = api.get("/search?seller=" + seller + "&q=" + enc("σκηνή"));
        assertThat(found.body()).contains("Ορειβατική σκηνή").doesNotContain("Nothing to search for.");
    }

    private void add(String key, String title) {
        var created = listings.create(seller, ListingFixtures.tent(title));
        IDS.put(key, listings.publish(seller, created.id()).id().toString());
    }

    private String mine() {
        return "/api/v1/search?seller=" + seller;
    }

    private int status(String query) {
        return api.get(mine() + "&" + query).statusCode();
    }

    private JsonNode search(String q) {
        HttpResponse<String> response = api.get(mine() + "&q=" + enc(q));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.body(response);
    }

    private static List<String> ids(JsonNode result) {
        return result.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
