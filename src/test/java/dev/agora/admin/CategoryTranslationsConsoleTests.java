package dev.agora.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import dev.agora.listings.AttributeDefinition;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 12: an operator enters a category's French and Spanish names and its attribute translations on the form. */
@IntegrationTest
class CategoryTranslationsConsoleTests {

    @LocalServerPort int port;
    @Autowired CategoryManagement categories;

    @Test
    void translationsEnteredOnTheCategoryFormAreStoredAndShownPerLanguage() {
        var operator = new WebClient(port);
        operator.logIn("operator@agora.test", "agora-demo-2026");
        var blank = operator.get("/admin/config/categories/new");
        String csrf = "&_csrf=" + WebClient.encode(WebClient.csrfToken(blank.body()));
        String slug = "kayaks-" + UUID.randomUUID().toString().substring(0, 8);
        String form = "slug=" + slug + "&parentSlug=sports-outdoors&name=Kayaks&nameDe=Kajaks&nameFr="
                + WebClient.encode("Kayaks de mer") + "&nameEs=Kayaks&listingType=ITEM&position=9"
                + "&reason=" + WebClient.encode("new category with translations")
                + "&attributes[0].key=hull&attributes[0].label=Hull&attributes[0].kind=ENUM"
                + "&attributes[0].options=" + WebClient.encode("sit-on-top, inflatable")
                + "&attributes[0].labels[de]=Rumpf&attributes[0].labels[fr]=Coque"
                + "&attributes[0].optionNames[de]=" + WebClient.encode("Sit-on-top, aufblasbar")
                + "&attributes[0].optionNames[fr]=" + WebClient.encode("ponté, gonflable");
        var saved = operator.postForm("/admin/config/categories/new", form.replace("[", "%5B").replace("]", "%5D") + csrf);
        assertThat(saved.statusCode()).isEqualTo(302);

        CategoryView category = categories.findCategory(slug).orElseThrow();
        assertThat(category.nameIn(Locale.FRENCH)).isEqualTo("Kayaks de mer");
        assertThat(category.nameIn(Locale.ITALIAN)).isEqualTo("Kayaks"); // no Italian: English
        AttributeDefinition hull = category.attributes().getFirst();
        assertThat(hull.labelIn(Locale.GERMAN)).isEqualTo("Rumpf");
        assertThat(hull.labelIn(Locale.of("es"))).isEqualTo("Hull");
        assertThat(hull.optionIn("inflatable", Locale.GERMAN)).isEqualTo("aufblasbar");
        assertThat(hull.optionIn("inflatable", Locale.FRENCH)).isEqualTo("gonflable");
        assertThat(hull.optionNamesOf("inflatable")).containsExactlyInAnyOrder("inflatable", "aufblasbar", "gonflable");
        assertThat(operator.get("/admin/config/categories/" + slug).body()).contains("value=\"ponté, gonflable\"");

        var tooMany = operator.postForm("/admin/config/categories/" + slug, form.replace("slug=" + slug + "&", "slug=" + slug + "&")
                .replace(WebClient.encode("ponté, gonflable"), WebClient.encode("a, b, c"))
                .replace("[", "%5B").replace("]", "%5D") + csrf);
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(categories.findCategory(slug).orElseThrow().attributes().getFirst().optionIn("inflatable", Locale.FRENCH))
                .isEqualTo("gonflable");
    }
}
