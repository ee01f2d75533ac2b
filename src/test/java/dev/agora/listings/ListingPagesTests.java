package dev.agora.listings;

import static dev.agora.listings.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.internal.TestImages;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ListingPagesTests {

    @Autowired WebApplicationContext context;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;

    MockMvc mvc;
    AccountId seller;

    @BeforeEach
    void setUp() {
        mvc = ApiClient.mvc(context);
        seller = ListingFixtures.newSeller(identity);
    }

    @Test
    void listingPageCarriesSeoTagsAndJsonLdThatParses() throws Exception {
        ListingView listing = published(ListingFixtures.bike("Bike </script><script>alert(1)</script> Nikon"));
        String html = mvc.perform(get(listing.path())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<link rel=\"canonical\" href=\"http://localhost:")
                .contains("property=\"og:title\"").contains("name=\"description\" content=\"A well kept road bike")
                .doesNotContain("<script>alert(1)</script>");
        var matcher = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).isTrue();
        JsonNode jsonLd = JsonMapper.builder().build().readTree(matcher.group(1));
        assertThat(jsonLd.get("@type").asString()).isEqualTo("Product");
        assertThat(jsonLd.get("name").asString()).isEqualTo(listing.title());
        assertThat(jsonLd.get("offers").get("price").asString()).isEqualTo("350.00");
        assertThat(jsonLd.get("offers").get("priceCurrency").asString()).isEqualTo("EUR");
    }

    @Test
    void servicesAreDescribedAsService() throws Exception {
        ListingView listing = published(ListingFixtures.lesson("Guitar for beginners"));
        String html = mvc.perform(get(listing.path())).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("\"@type\":\"Service\"");
    }

    @Test
    void wrongSlugRedirectsPermanentlyToTheCanonicalUrl() throws Exception {
        ListingView listing = published(ListingFixtures.bike("Raleigh Chopper"));
        mvc.perform(get("/l/" + listing.id() + "-old-title")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/l/" + listing.id() + "-raleigh-chopper"));
        mvc.perform(get("/l/" + listing.id())).andExpect(status().isMovedPermanently());
    }

    @Test
    void draftsAreHiddenFromOthersButShownToTheirSeller() throws Exception {
        ListingView draft = listings.create(seller, ListingFixtures.bike("Secret draft bike"));
        mvc.perform(get(draft.path())).andExpect(status().isNotFound());
        mvc.perform(as(seller, get(draft.path()))).andExpect(status().isOk());
    }

    @Test
    void sitemapListsOnlyPublishedListings() throws Exception {
        ListingView live = published(ListingFixtures.bike("Sitemap live bike"));
        ListingView draft = listings.create(seller, ListingFixtures.bike("Sitemap draft bike"));
        ListingView paused = published(ListingFixtures.tent("Sitemap paused tent"));
        listings.pause(seller, paused.id());

        String index = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(index).contains("<sitemapindex").contains("/sitemaps/listings-1.xml").contains("/sitemaps/categories.xml");
        String page = mvc.perform(get("/sitemaps/listings-1.xml")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(live.path()).doesNotContain(draft.id().toString()).doesNotContain(paused.id().toString());
        assertThat(mvc.perform(get("/robots.txt")).andReturn().getResponse().getContentAsString())
                .contains("Sitemap: http://localhost").contains("Disallow: /me/");
    }

    @Test
    void categoryPagesListPublishedListingsOfTheCategoryAndItsChildren() throws Exception {
        ListingView listing = published(ListingFixtures.bike("Category page tandem"));
        assertThat(mvc.perform(get("/c/bikes")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Category page tandem");
        assertThat(mvc.perform(get("/c/goods")).andReturn().getResponse().getContentAsString())
                .contains(listing.path());
        mvc.perform(get("/c/no-such-category")).andExpect(status().isNotFound());
    }

    @Test
    void sellWizardCreatesAListingWithPhotosAndPublishesIt() throws Exception {
        assertThat(mvc.perform(as(seller, get("/sell?category=bikes"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("attributes[frameSize]");
        String photosUrl = mvc.perform(as(seller, post("/sell")).with(csrf()).param("category", "bikes")
                        .param("title", "Wizard road bike").param("description", "Light aluminium road bike, 105 groupset, ready to ride.")
                        .param("price", "420").param("currency", "EUR").param("condition", "GOOD")
                        .param("city", "Leipzig").param("postalCode", "04109").param("meetup", "true")
                        .param("attributes[bikeType]", "road").param("attributes[frameSize]", "54"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(photosUrl).endsWith("/photos");
        byte[] png = TestImages.png(640, 480);
        mvc.perform(as(seller, multipart(photosUrl)).file(new MockMultipartFile("photos", "a.png", "image/png", png))
                        .file(new MockMultipartFile("photos", "b.png", "image/png", png)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String id = photosUrl.split("/")[2];
        String listingUrl = mvc.perform(as(seller, post("/sell/" + id + "/publish")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        ListingView listing = listings.find(ListingId.of(id)).orElseThrow();
        assertThat(listing.status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listing.photos()).hasSize(2);
        assertThat(listingUrl).isEqualTo(listing.path());
        mvc.perform(get(listing.photos().getFirst().smallUrl())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"));
    }

    @Test
    void sellWizardShowsFieldErrorsAndCreatesNothing() throws Exception {
        String html = mvc.perform(as(seller, post("/sell")).with(csrf()).param("category", "bikes")
                        .param("title", "x".repeat(300)).param("price", "-3").param("city", "Leipzig")
                        .param("postalCode", "04109").param("meetup", "true").param("attributes[bikeType]", "road"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Use 3 to 140 characters.").contains("The price must be more than zero.");
        assertThat(listings.listingsOf(seller, null)).isEmpty();
    }

    @Test
    void myListingsFilterQuickPriceEditAndBulkPause() throws Exception {
        ListingView a = published(ListingFixtures.bike("Mine bike A"));
        ListingView b = published(ListingFixtures.tent("Mine tent B"));
        listings.create(seller, ListingFixtures.lesson("Mine lesson draft"));

        String drafts = mvc.perform(as(seller, get("/me/listings?status=DRAFT"))).andReturn().getResponse().getContentAsString();
        assertThat(drafts).contains("Mine lesson draft").doesNotContain("Mine bike A");

        String row = mvc.perform(as(seller, post("/me/listings/" + a.id() + "/price")).with(csrf())
                        .header("HX-Request", "true").param("price", "199.50"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row).startsWith("<tr").contains("199.50");
        assertThat(listings.find(a.id()).orElseThrow().price().minorUnits()).isEqualTo(19_950);

        mvc.perform(as(seller, post("/me/listings/pause")).with(csrf()).param("ids", a.id().toString(), b.id().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(listings.listingsOf(seller, ListingStatus.PAUSED)).hasSize(2);
    }

    @Test
    void homePageShowsLatestListings() throws Exception {
        ListingView listing = published(ListingFixtures.bike("Home page penny farthing"));
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString()).contains(listing.path());
    }

    private ListingView published(ListingDraft draft) {
        return listings.publish(seller, listings.create(seller, draft).id());
    }

    static Map<String, String> unused() {
        return Map.of();
    }
}
