package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.BookingMode;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingType;
import dev.agora.listings.PriceUnit;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;

/** Issue 5: attribute values match and facet without regard to case ("Guitar" and "guitar" are one value). */
@IntegrationTest
class AttributeCaseTests {

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired ListingSearch search;
    @Autowired SearchRequests requests;

    @Test
    void valuesDifferingInCaseFacetTogetherAndAFilterMatchesEither() {
        AccountId seller = ListingFixtures.newSeller(identity);
        UUID upper = publish(seller, "Casefold lessons one", "Guitar");
        UUID lower = publish(seller, "Casefold lessons two", "guitar");
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> search.search(query(seller, null), false).total() == 2);

        SearchOutcome filtered = search.search(query(seller, "GUITAR"), false);
        assertThat(filtered.listingIds()).containsExactlyInAnyOrder(upper, lower);

        Map<String, Long> subjects = search.search(query(seller, null), false).facets().get("attr.subject");
        assertThat(subjects).containsEntry("guitar", 2L).doesNotContainKey("Guitar");
    }

    private SearchQuery query(AccountId seller, String subject) {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("category", "lessons");
        params.add("facets", "true"); // facets only when asked (search-topk)
        params.add("seller", seller.value().toString());
        if (subject != null) {
            params.add("attr.subject", subject);
        }
        return requests.parse(params);
    }

    private UUID publish(AccountId seller, String title, String subject) {
        ListingDraft draft = new ListingDraft("lessons", ListingType.SERVICE, title,
                "Patient lessons for complete beginners, chords, rhythm and your first songs in weeks.",
                "30", "EUR", PriceUnit.PER_HOUR, null, "Hamburg", "20095", null, null, false, false, false, null, 1,
                null, null, null, BookingMode.SLOTS, Map.of("subject", subject), List.of());
        return listings.publish(seller, listings.create(seller, draft).id()).id().value();
    }
}
