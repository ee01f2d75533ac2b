package dev.agora.listings;

import static dev.agora.listings.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.internal.TestImages;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ListingApiTests {

    @Autowired WebApplicationContext context;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired JsonMapper json;

    MockMvc mvc;
    AccountId seller;

    @BeforeEach
    void setUp() {
        mvc = ApiClient.mvc(context);
        seller = ListingFixtures.newSeller(identity);
    }

    @Test
    void createsReadsAndPublishesWithEtags() throws Exception {
        String location = mvc.perform(as(seller, post("/api/v1/listings")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(ListingFixtures.tent("Family tent for four"))))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.price.amount").value("12.50"))
                .andExpect(jsonPath("$.price.currency").value("EUR"))
                .andExpect(jsonPath("$.attributes.persons").value(4))
                .andExpect(jsonPath("$.attributes.waterproof").value(true))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(as(seller, post(location + "/publish"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get(location)).andExpect(status().isOk()).andExpect(header().exists("ETag"));
        mvc.perform(as(seller, get("/api/v1/me/listings?status=PUBLISHED")))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.nextCursor").doesNotExist());
    }

    @Test
    void anonymousCannotCreate() throws Exception {
        mvc.perform(post("/api/v1/listings").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(ListingFixtures.bike("Anonymous bike"))))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing() throws Exception {
        ListingView listing = listings.create(seller, ListingFixtures.bike("Cinelli track bike"));
        String url = "/api/v1/listings/" + listing.id();
        Map<String, Map<String, Object>> cases = Map.of(
                "attributes.colour", Map.of("attributes", Map.of("bikeType", "road", "colour", "red")),
                "attributes.frameSize", Map.of("attributes", Map.of("bikeType", "road", "frameSize", "95")),
                "attributes.bikeType", Map.of("attributes", Map.of("bikeType", "unicycle")),
                "price", Map.of("price", "0"),
                "currency", Map.of("currency", "XYZ"),
                "title", Map.of("title", "x".repeat(300)),
                "description", Map.of("description", "Great bike <script>alert(1)</script> really"));
        for (var badCase : cases.entrySet()) {
            Map<String, Object> body = draftAsMap(ListingFixtures.bike("Cinelli track bike"));
            body.putAll(badCase.getValue());
            mvc.perform(as(seller, put(url)).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(body)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(badCase.getKey()));
        }
        Map<String, Object> tooExpensive = draftAsMap(ListingFixtures.bike("Cinelli track bike"));
        tooExpensive.put("price", "1000000.01");
        mvc.perform(as(seller, post("/api/v1/listings")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(tooExpensive)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("listing.price.max"));
        ListingView after = listings.find(listing.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(listing.version());
        assertThat(after.title()).isEqualTo("Cinelli track bike");
    }

    @Test
    void someoneElsesListingIsForbiddenAndStaleEtagIsRefused() throws Exception {
        ListingView listing = listings.create(seller, ListingFixtures.bike("Colnago Master"));
        String url = "/api/v1/listings/" + listing.id();
        String body = json.writeValueAsString(ListingFixtures.bike("Colnago Master X"));
        AccountId stranger = ListingFixtures.newSeller(identity);
        mvc.perform(as(stranger, put(url)).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(as(seller, put(url)).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(as(seller, put(url)).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(ListingFixtures.bike("Lost update"))))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(as(seller, put(url)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionRequired());
        assertThat(listings.find(listing.id()).orElseThrow().title()).isEqualTo("Colnago Master X");
    }

    @Test
    void photosMustBeImagesAndAtMostTwelve() throws Exception {
        ListingView listing = listings.create(seller, ListingFixtures.bike("Peugeot PX10"));
        String url = "/api/v1/listings/" + listing.id() + "/photos";
        mvc.perform(as(seller, multipart(url).file(new MockMultipartFile("photo", "bike.jpg", "image/jpeg",
                        "<html>not an image</html>".getBytes()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("photo.type"));
        byte[] png = TestImages.png(400, 300);
        for (int i = 0; i < 12; i++) {
            mvc.perform(as(seller, multipart(url).file(new MockMultipartFile("photo", "p.png", "image/png", png))))
                    .andExpect(status().isOk());
        }
        mvc.perform(as(seller, multipart(url).file(new MockMultipartFile("photo", "p.png", "image/png", png))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("photos.tooMany"));
        assertThat(listings.find(listing.id()).orElseThrow().photos()).hasSize(12);
    }

    @Test
    void categoriesAreReadableByAllAndChangedOnlyByOperators() throws Exception {
        mvc.perform(get("/api/v1/categories")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.slug == 'bikes')].attributes[0].key").value("bikeType"));
        String draft = "{\"parentSlug\":\"goods\",\"slug\":\"test-kayaks\",\"name\":\"Kayaks\",\"nameDe\":\"Kajaks\","
                + "\"listingType\":\"ITEM\",\"requiresApproval\":true,\"attributes\":[{\"key\":\"length\",\"label\":\"Length\","
                + "\"kind\":\"NUMBER\",\"required\":true,\"unit\":\"m\",\"min\":2,\"max\":7}],\"position\":9}";
        mvc.perform(as(seller, post("/api/v1/admin/categories")).contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isForbidden());
        mvc.perform(ApiClient.asOperator(seller, post("/api/v1/admin/categories")).contentType(MediaType.APPLICATION_JSON)
                        .content(draft))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.attributes[0].unit").value("m"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> draftAsMap(ListingDraft draft) {
        return new HashMap<>(json.readValue(json.writeValueAsString(draft), Map.class));
    }

    @Test
    void myListingsComeInCursorPagesWithoutGapsOrRepeats() throws Exception {
        java.util.Set<String> created = new java.util.HashSet<>();
        for (int i = 0; i < 11; i++) {
            created.add(listings.create(seller, ListingFixtures.bike("Paged bike " + i)).id().toString());
        }
        java.util.List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String url = "/api/v1/me/listings?limit=4" + (cursor == null ? "" : "&cursor=" + cursor);
            String body = mvc.perform(as(seller, get(url))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            var page = json.readTree(body);
            page.get("items").forEach(item -> seen.add(item.get("id").asString()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(11).doesNotHaveDuplicates();
        assertThat(new java.util.HashSet<>(seen)).isEqualTo(created);

        String html = mvc.perform(as(seller, get("/me/listings"))).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("rel=\"next\"");
        mvc.perform(as(seller, get("/api/v1/me/listings?cursor=not-ours"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cursor"));
    }
}
