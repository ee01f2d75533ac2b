package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ItemCondition;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingType;
import dev.agora.listings.ListingView;
import dev.agora.listings.PriceUnit;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12: a query in English, German, French or Spanish finds listings written in the others, through the
 * localised taxonomy (category names, attribute options) and the seeded synonym sets; each listing's language is
 * detected and stored. Queries are scoped to one fresh seller so other tests' listings never interfere.
 */
@IntegrationTest
class CrossLanguageSearchTests {

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired SearchListingRepository documents;
    @LocalServerPort int port;

    ApiClient api;
    AccountId seller;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        seller = ListingFixtures.newSeller(identity);
    }

    @Test
    void aQueryInOneLanguageFindsListingsWrittenInAnother() {
        ListingView cube = publish(new ListingDraft("bikes", ListingType.ITEM, "Cube Attain 58",
                "Aluminium frame, new tyres, minor scratches on the top tube, ridden one summer in the city.", "400", "EUR",
                PriceUnit.FIXED, ItemCondition.GOOD, "Berlin", "10115", null, null, true, true, false, null, 1, null, null,
                null, null, Map.of("bikeType", "road"), List.of()));
        ListingView pram = publish(furniture("Joolz Day+ stroller, grey",
                "Pram with bassinet and seat, rain cover included, folds small enough for the boot of a car."));
        ListingView kinderwagen = publish(furniture("Kinderwagen Bugaboo Fox mit Babywanne",
                "Gepflegter Kombikinderwagen mit Babywanne und Sitz, Regenverdeck dabei, nur Abholung in Berlin."));
        awaitIndexed(cube, pram, kinderwagen);

        // category names in four languages ("Vélos", "Bicicletas") and the road option's names ("Rennrad")
        assertThat(found("vélo")).contains(id(cube));
        assertThat(found("bicicleta")).contains(id(cube));
        assertThat(found("Rennrad")).contains(id(cube));
        // the seeded stroller set: German finds English, English finds German, French finds both
        assertThat(found("Kinderwagen")).contains(id(pram), id(kinderwagen));
        assertThat(found("stroller")).contains(id(pram), id(kinderwagen));
        assertThat(found("poussette")).contains(id(pram), id(kinderwagen));
        // a phrase the taxonomy knows is one concept ("de" is no required word)
        assertThat(found("vélo de route")).contains(id(cube));
    }

    @Test
    void aMisspeltWordMeetsTheOtherNamesOfWhatItNearlyIs() {
        ListingView kinderwagen = publish(furniture("Kinderwagen Bugaboo Fox mit Babywanne",
                "Gepflegter Kombikinderwagen mit Babywanne und Sitz, Regenverdeck dabei, nur Abholung in Berlin."));
        awaitIndexed(kinderwagen);

        // no word of the German listing is near "strolller"; the dictionary's "stroller" is, and its set has Kinderwagen
        assertThat(found("strolller")).contains(id(kinderwagen));
        assertThat(found("poussete")).contains(id(kinderwagen));
    }

    @Test
    void eachListingsLanguageIsDetectedAndStored() {
        ListingView english = publish(furniture("Solid oak dining table",
                "Solid oak table that seats six people, a few marks on the top, pick up only, no delivery."));
        ListingView german = publish(furniture("Esstisch aus Eiche, ausziehbar",
                "Massiver Eichentisch für sechs Personen, ein paar Gebrauchsspuren, nur Abholung, kein Versand."));
        ListingView french = publish(furniture("Table basse scandinave en chêne",
                "Table en chêne clair, très bon état, quelques traces d'usage, à retirer sur place uniquement."));
        ListingView spanish = publish(furniture("Mesa de comedor de roble macizo",
                "Mesa de roble para seis personas, algunas marcas de uso, solo recogida en persona, sin envío."));
        awaitIndexed(english, german, french, spanish);

        assertThat(language(english)).isEqualTo("en");
        assertThat(language(german)).isEqualTo("de");
        assertThat(language(french)).isEqualTo("fr");
        assertThat(language(spanish)).isEqualTo("es");
        // German analysis of the German listing: a plural query meets the singular title word
        assertThat(found("Esstische")).contains(id(german));
        // French elision and stemming: "chênes" meets "chêne"
        assertThat(found("chênes")).contains(id(french));
    }

    @Test
    void oddQueriesGetAnAnswerNeverAServerError() {
        publish(furniture("Bookshelf white 80 cm", "A white bookshelf with five shelves, some scratches, pick up only."));
        for (String query : List.of("!!!???", "🙂🚲🙂", "велосипед bike", "自転車", "x".repeat(2000),
                "word ".repeat(400), "\"unclosed AND (title:*)", "ÆØÅ ß ǅ", "قارب")) {
            var response = api.get("/api/v1/search?seller=" + seller + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(query.length() > 40 ? query.substring(0, 40) : query).isIn(200, 400);
        }
        assertThat(found("自転車")).isEmpty(); // a language without an analyser: no match, not an error
    }

    private List<String> found(String query) {
        var response = api.get("/api/v1/search?seller=" + seller + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        var items = ApiClient.body(response).get("items");
        List<String> ids = new java.util.ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private String language(ListingView listing) {
        return documents.findById(listing.id().value()).orElseThrow().getLanguage();
    }

    private ListingView publish(ListingDraft draft) {
        return listings.publish(seller, listings.create(seller, draft).id());
    }

    private void awaitIndexed(ListingView... views) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            String body = api.get("/api/v1/search?seller=" + seller).body();
            return java.util.Arrays.stream(views).allMatch(v -> body.contains(v.id().toString()));
        });
    }

    private static String id(ListingView view) {
        return view.id().toString();
    }

    private static ListingDraft furniture(String title, String description) {
        return new ListingDraft("furniture", ListingType.ITEM, title, description, "120", "EUR", PriceUnit.FIXED,
                ItemCondition.GOOD, "Berlin", "10115", null, null, true, true, false, null, 1, null, null, null, null,
                Map.of(), List.of());
    }
}
