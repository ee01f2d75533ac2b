package dev.agora.listings.internal;

import static dev.agora.listings.AttributeDefinition.Kind.BOOLEAN;
import static dev.agora.listings.AttributeDefinition.Kind.ENUM;
import static dev.agora.listings.AttributeDefinition.Kind.NUMBER;
import static dev.agora.listings.AttributeDefinition.Kind.TEXT;

import dev.agora.listings.AttributeDefinition;
import dev.agora.listings.CategoryDraft;
import dev.agora.listings.ListingType;
import java.math.BigDecimal;
import java.util.List;

/** The demo category tree: goods, rentals and services, each leaf with a small attribute schema. */
final class DemoCategories {

    private DemoCategories() {}

    static final List<CategoryDraft> TREE = List.of(
            root("goods", "Goods", "Waren", ListingType.ITEM, 0),
            // electronics, home-garden and sports-outdoors are the home page's category shortcuts
            leaf("goods", "electronics", "Electronics", "Elektronik", ListingType.ITEM, 1),
            leaf("goods", "home-garden", "Home & garden", "Haus & Garten", ListingType.ITEM, 2),
            leaf("goods", "sports-outdoors", "Sports & outdoors", "Sport & Freizeit", ListingType.ITEM, 3),
            leaf("sports-outdoors", "bikes", "Bikes", "Fahrräder", ListingType.ITEM, 1,
                    enumOf("bikeType", "Type", true, "road", "city", "mountain", "cargo", "kids"),
                    number("frameSize", "Frame size", false, "cm", 30, 70),
                    text("brand", "Brand", false)),
            leaf("electronics", "cameras", "Cameras", "Kameras", ListingType.ITEM, 2,
                    text("brand", "Brand", true),
                    enumOf("format", "Format", false, "35mm film", "medium format", "digital"),
                    bool("lensIncluded", "Lens included")),
            leaf("home-garden", "furniture", "Furniture", "Möbel", ListingType.ITEM, 3,
                    enumOf("material", "Material", false, "wood", "metal", "plastic", "fabric"),
                    number("width", "Width", false, "cm", 10, 400)),
            leaf("goods", "books", "Books", "Bücher", ListingType.ITEM, 4,
                    text("author", "Author", false), enumOf("language", "Language", false, "en", "de", "fr")),
            root("rentals", "Rentals", "Vermietung", ListingType.RENTAL, 1),
            leaf("rentals", "camping-gear", "Camping gear", "Campingausrüstung", ListingType.RENTAL, 1,
                    number("persons", "Sleeps", false, "persons", 1, 12), bool("waterproof", "Waterproof")),
            leaf("rentals", "tools", "Tools", "Werkzeug", ListingType.RENTAL, 2,
                    text("brand", "Brand", false), bool("cordless", "Cordless")),
            leaf("rentals", "camera-rental", "Cameras & lenses", "Kameras & Objektive", ListingType.RENTAL, 3,
                    text("brand", "Brand", true)),
            leaf("rentals", "party", "Party equipment", "Partyausstattung", ListingType.RENTAL, 4,
                    number("power", "Power", false, "W", 0, 5000)),
            root("services", "Services", "Dienstleistungen", ListingType.SERVICE, 2),
            leaf("services", "repairs", "Repairs", "Reparaturen", ListingType.SERVICE, 1,
                    enumOf("field", "Field", true, "bikes", "electronics", "furniture", "clothes")),
            leaf("services", "lessons", "Lessons", "Unterricht", ListingType.SERVICE, 2,
                    text("subject", "Subject", true), enumOf("level", "Level", false, "beginner", "intermediate", "advanced")),
            leaf("services", "moving-help", "Moving help", "Umzugshilfe", ListingType.SERVICE, 3,
                    bool("vanIncluded", "Van included")));

    private static CategoryDraft root(String slug, String name, String nameDe, ListingType type, int position) {
        return new CategoryDraft(null, slug, name, nameDe, type, false, List.of(), position);
    }

    private static CategoryDraft leaf(String parent, String slug, String name, String nameDe, ListingType type,
            int position, AttributeDefinition... attributes) {
        return new CategoryDraft(parent, slug, name, nameDe, type, false, List.of(attributes), position);
    }

    private static AttributeDefinition enumOf(String key, String label, boolean required, String... options) {
        return new AttributeDefinition(key, label, ENUM, required, List.of(options), null, null, null);
    }

    private static AttributeDefinition number(String key, String label, boolean required, String unit, int min, int max) {
        return new AttributeDefinition(key, label, NUMBER, required, List.of(), unit, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    private static AttributeDefinition text(String key, String label, boolean required) {
        return new AttributeDefinition(key, label, TEXT, required, List.of(), null, null, BigDecimal.valueOf(80));
    }

    private static AttributeDefinition bool(String key, String label) {
        return new AttributeDefinition(key, label, BOOLEAN, false, List.of(), null, null, null);
    }
}
