package dev.agora.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingManagement;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SearchApiTests {

    private static SearchCorpus corpus;

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @LocalServerPort int port;
    ApiClient api;

    @BeforeEach
    void corpus() {
        api = new ApiClient(port);
        if (corpus == null) {
            corpus = new SearchCorpus(listings, identity);
            // set-up only (freshness is IndexFreshnessTests' job): generous for a loaded shared machine
            Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> search("").get("total").asLong() == corpus.byTitle.size());
        }
    }

    @Test
    void keywordsFindTheBestMatchFirst() {
        assertThat(top3("road bike")).first().isEqualTo("Cube Attain road bike");
        assertThat(top3("mountain")).containsExactly("Trek Marlin mountain bike");
        assertThat(top3("hammer drill")).containsExactly("Cordless hammer drill Bosch");
        assertThat(top3("bike")).hasSize(3).doesNotContain("Family tent for four");
    }

    @Test
    void typosStillFind() {
        assertThat(top3("moutain bike")).first().isEqualTo("Trek Marlin mountain bike");
        assertThat(top3("famly tnet")).first().isEqualTo("Family tent for four");
    }

    @Test
    void synonymsFindOtherWords() {
        assertThat(top3("zelt")).containsExactly("Family tent for four");
        assertThat(top3("bicycle city")).first().isEqualTo("Dutch city bicycle with basket");
        assertThat(top3("bohrmaschine")).containsExactly("Cordless hammer drill Bosch");
    }

    @Test
    void categoryFacetsCountAttributeValuesAndConditions() {
        JsonNode result = search("", "category=bikes", "facets=true");
        assertThat(result.get("total").asLong()).isEqualTo(4);
        JsonNode facets = result.get("facets");
        assertThat(facets.get("attr.bikeType").get("road").asLong()).isEqualTo(1);
        assertThat(facets.get("attr.bikeType").get("kids").asLong()).isEqualTo(1);
        assertThat(facets.get("condition").get("GOOD").asLong()).isEqualTo(2);
        assertThat(facets.get("delivery").get("shipping").asLong()).isEqualTo(1);
        assertThat(titles(search("", "category=bikes", "attr.bikeType=mountain")))
                .containsExactly("Trek Marlin mountain bike");
        assertThat(search("", "category=goods").get("total").asLong()).isEqualTo(4); // descendants count
    }

    @Test
    void aFacetsCountsIgnoreItsOwnSelectionSoOtherValuesStayChoosable() {
        JsonNode result = search("", "category=bikes", "condition=GOOD", "attr.bikeType=city", "facets=true");
        assertThat(titles(result)).containsExactly("Dutch city bicycle with basket");
        JsonNode facets = result.get("facets");
        // condition counts as if no condition were chosen (but with the bike type), and the other way round
        assertThat(facets.get("condition").get("GOOD").asLong()).isEqualTo(1);
        assertThat(facets.get("condition").has("LIKE_NEW")).isFalse();
        assertThat(facets.get("attr.bikeType").get("city").asLong()).isEqualTo(1);
        assertThat(facets.get("attr.bikeType").get("mountain").asLong()).isEqualTo(1);
        assertThat(facets.get("attr.bikeType").has("road")).isFalse(); // LIKE_NEW: excluded by the condition
        JsonNode oneCondition = search("", "category=bikes", "condition=FAIR", "facets=true").get("facets");
        assertThat(oneCondition.get("condition").get("GOOD").asLong()).isEqualTo(2);
        assertThat(oneCondition.get("condition").get("LIKE_NEW").asLong()).isEqualTo(1);
        assertThat(oneCondition.get("delivery").get("meetup").asLong()).isEqualTo(1); // other facets do narrow
    }

    @Test
    void facetsAreCountedOnlyWhenAskedAndTheTotalSaysWhetherItIsExact() {
        JsonNode plain = search("", "category=bikes");
        assertThat(plain.get("facets").isEmpty()).isTrue(); // an empty object: not asked for
        assertThat(plain.get("total").asLong()).isEqualTo(4);
        assertThat(plain.get("totalExact").asBoolean()).isTrue(); // fewer matches than the threshold
        JsonNode withFacets = search("", "category=bikes", "facets=true");
        assertThat(withFacets.get("facets").get("condition").get("GOOD").asLong()).isEqualTo(2);
        assertThat(withFacets.get("totalExact").asBoolean()).isTrue();
        assertThat(titles(withFacets)).isEqualTo(titles(plain)); // same hits, same order
        assertThat(search("", "facets=false").get("facets").isEmpty()).isTrue();
        HttpResponse<String> bad = api.get("/api/v1/search?facets=maybe");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"facets\"");
    }

    @Test
    void priceConditionAndSortFiltersNarrowResults() {
        assertThat(titles(search("", "category=bikes", "min_price=200", "max_price=500", "sort=price_asc")))
                .containsExactly("Kids bike 20 inch, red", "Trek Marlin mountain bike");
        assertThat(titles(search("", "condition=FAIR"))).containsExactly("Kids bike 20 inch, red");
        assertThat(titles(search("", "type=RENTAL", "sort=price_desc")))
                .containsExactly("Family tent for four", "Cordless hammer drill Bosch");
    }

    @Test
    void radiusIncludesWhatIsInsideAndLeavesOutWhatIsBeyond() {
        assertThat(titles(search("", "near=52.52,13.405", "radius=20"))).containsExactly("Cube Attain road bike");
        assertThat(titles(search("", "near=52.52,13.405", "radius=35", "sort=distance")))
                .containsExactly("Cube Attain road bike", "Dutch city bicycle with basket");
        assertThat(titles(search("", "city=Munich", "radius=5")))
                .containsExactlyInAnyOrder("Trek Marlin mountain bike", "Family tent for four");
    }

    @Test
    void rentalsBookedInTheRangeAreLeftOut() {
        assertThat(titles(search("tent", "from=2026-12-23", "to=2026-12-25"))).isEmpty();
        assertThat(titles(search("tent", "from=2026-12-26", "to=2026-12-28"))).containsExactly("Family tent for four");
    }

    @Test
    void wordsThatMatchNothingSuggestAQueryThatFindsSomething() {
        JsonNode result = search("road bikke xylophonic");
        // no listing has these words (listings close in meaning may still be shown)
        assertThat(titles(result)).doesNotContain("Family tent for four", "Cordless hammer drill Bosch");
        assertThat(result.get("didYouMean").asString()).isEqualTo("road bike");
    }

    @Test
    void suggestionsCompleteTitlesAndCategories() {
        HttpResponse<String> response = api.get("/api/v1/search/suggest?q=attai");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Cube Attain road bike");
        assertThat(api.get("/api/v1/search/suggest?q=bik").body()).contains("\"category\"");
    }

    @Test
    void badInputIsAProblemOrReadSafelyNeverAnError() {
        assertThat(status("limit=101")).isEqualTo(400);
        assertThat(status("colour=red")).isEqualTo(400);
        assertThat(status("near=north,east")).isEqualTo(400);
        assertThat(status("near=91,0")).isEqualTo(400);
        assertThat(status("near=52.5,13.4&radius=1000000000")).isEqualTo(400);
        assertThat(status("attr.bikeType=road")).isEqualTo(400);
        assertThat(status("category=no-such-thing")).isEqualTo(400);
        assertThat(status("sort=distance")).isEqualTo(400);
        assertThat(status("cursor=garbage")).isEqualTo(400);
        assertThat(status("from=2026-13-40&to=2026-12-01")).isEqualTo(400);
        assertThat(status("q=" + enc("bike ".repeat(400)))).isEqualTo(200);
        assertThat(status("q=" + enc("title:(road AND \"bike\"~2 OR *) \\ /[a-z]/ +-!^{}"))).isEqualTo(200);
        HttpResponse<String> problem = api.get("/api/v1/search?limit=500");
        assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("problem+json"));
    }

    @Test
    void cursorPagesThroughAllResults() {
        JsonNode first = search("", "limit=4", "sort=newest");
        assertThat(first.get("items")).hasSize(4);
        String cursor = first.get("nextCursor").asString();
        JsonNode second = search("", "limit=4", "sort=newest", "cursor=" + cursor);
        assertThat(second.get("items")).hasSize(2);
        assertThat(second.get("nextCursor").isNull()).isTrue();
    }

    private int status(String query) {
        return api.get("/api/v1/search?seller=" + corpus.seller + "&" + query).statusCode();
    }

    private JsonNode search(String q, String... filters) {
        String path = "/api/v1/search?seller=" + corpus.seller + "&q=" + enc(q) + "&" + String.join("&", filters);
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.JSON.readTree(response.body());
    }

    private List<String> top3(String q) {
        List<String> titles = titles(search(q));
        return titles.subList(0, Math.min(3, titles.size()));
    }

    private static List<String> titles(JsonNode result) {
        List<String> titles = new ArrayList<>();
        result.get("items").forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
