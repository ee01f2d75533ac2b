package dev.agora.search.internal;

import dev.agora.listings.ItemCondition;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingType;
import dev.agora.listings.PriceUnit;
import java.util.List;
import java.util.Map;

/** Listings the semantic and ranking tests share. */
final class SemanticSearchTestsCorpus {

    private SemanticSearchTestsCorpus() {}

    static ListingDraft cooler() {
        return item("Cooler box 24 litres with ice packs",
                "Insulated cool box, holds beverages chilled for a whole day. Two ice packs and a carrying strap.");
    }

    static ListingDraft guitar() {
        return item("Electric guitar Squier Stratocaster", "Sunburst finish, new strings, small amp included.");
    }

    static ListingDraft item(String title, String description) {
        return new ListingDraft("sports-outdoors", ListingType.ITEM, title, description, "25", "EUR", PriceUnit.FIXED,
                ItemCondition.GOOD, "Berlin", "10115", null, null, false, true, false, null, 1, null, null, null,
                null, Map.of(), List.of());
    }
}
