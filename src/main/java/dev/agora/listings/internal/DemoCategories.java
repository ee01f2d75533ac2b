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
            root("goods", "Goods", "Waren", "Articles", "Artículos", ListingType.ITEM, 0),
            // electronics, home-garden and sports-outdoors are the home page's category shortcuts
            leaf("goods", "electronics", "Electronics", "Elektronik", "Électronique", "Electrónica", ListingType.ITEM, 1),
            leaf("goods", "home-garden", "Home & garden", "Haus & Garten", "Maison & jardin", "Casa y jardín",
                    ListingType.ITEM, 2),
            leaf("goods", "sports-outdoors", "Sports & outdoors", "Sport & Freizeit", "Sports & plein air",
                    "Deportes y aire libre", ListingType.ITEM, 3),
            leaf("sports-outdoors", "bikes", "Bikes", "Fahrräder", "Vélos", "Bicicletas", ListingType.ITEM, 1,
                    tr(enumOf("bikeType", "Type", true, "road", "city", "mountain", "cargo", "kids"), "Fahrradtyp|Type de vélo|Tipo de bicicleta",
                            "Rennrad|Stadtrad|Mountainbike|Lastenrad|Kinderfahrrad",
                            "vélo de route|vélo de ville|VTT|vélo cargo|vélo enfant",
                            "bicicleta de carretera|bicicleta urbana|bicicleta de montaña|bicicleta de carga|bicicleta infantil"),
                    tr(number("frameSize", "Frame size", false, "cm", 30, 70), "Rahmenhöhe|Taille du cadre|Talla del cuadro"),
                    tr(text("brand", "Brand", false), "Marke|Marque|Marca")),
            leaf("electronics", "cameras", "Cameras", "Kameras", "Appareils photo", "Cámaras", ListingType.ITEM, 2,
                    tr(text("brand", "Brand", true), "Marke|Marque|Marca"),
                    tr(enumOf("format", "Format", false, "35mm film", "medium format", "digital"), "Format|Format|Formato",
                            "Kleinbildfilm|Mittelformat|digital", "film 35 mm|moyen format|numérique",
                            "película 35 mm|formato medio|digital"),
                    tr(bool("lensIncluded", "Lens included"), "Mit Objektiv|Objectif inclus|Objetivo incluido")),
            leaf("home-garden", "furniture", "Furniture", "Möbel", "Meubles", "Muebles", ListingType.ITEM, 3,
                    tr(enumOf("material", "Material", false, "wood", "metal", "plastic", "fabric"),
                            "Material|Matériau|Material", "Holz|Metall|Kunststoff|Stoff", "bois|métal|plastique|tissu",
                            "madera|metal|plástico|tela"),
                    tr(number("width", "Width", false, "cm", 10, 400), "Breite|Largeur|Ancho")),
            leaf("goods", "books", "Books", "Bücher", "Livres", "Libros", ListingType.ITEM, 4,
                    tr(text("author", "Author", false), "Autor|Auteur|Autor"),
                    tr(enumOf("language", "Language", false, "en", "de", "fr"), "Sprache|Langue|Idioma",
                            "Englisch|Deutsch|Französisch", "anglais|allemand|français", "inglés|alemán|francés")),
            root("rentals", "Rentals", "Vermietung", "Location", "Alquiler", ListingType.RENTAL, 1),
            leaf("rentals", "camping-gear", "Camping gear", "Campingausrüstung", "Matériel de camping",
                    "Material de camping", ListingType.RENTAL, 1,
                    tr(number("persons", "Sleeps", false, "persons", 1, 12), "Schlafplätze|Couchages|Plazas"),
                    tr(bool("waterproof", "Waterproof"), "Wasserdicht|Imperméable|Impermeable")),
            leaf("rentals", "tools", "Tools", "Werkzeug", "Outils", "Herramientas", ListingType.RENTAL, 2,
                    tr(text("brand", "Brand", false), "Marke|Marque|Marca"),
                    tr(bool("cordless", "Cordless"), "Akku|Sans fil|Inalámbrico")),
            leaf("rentals", "camera-rental", "Cameras & lenses", "Kameras & Objektive", "Appareils photo & objectifs",
                    "Cámaras y objetivos", ListingType.RENTAL, 3,
                    tr(text("brand", "Brand", true), "Marke|Marque|Marca")),
            leaf("rentals", "party", "Party equipment", "Partyausstattung", "Matériel de fête", "Equipo para fiestas",
                    ListingType.RENTAL, 4,
                    tr(number("power", "Power", false, "W", 0, 5000), "Leistung|Puissance|Potencia")),
            root("services", "Services", "Dienstleistungen", "Services", "Servicios", ListingType.SERVICE, 2),
            leaf("services", "repairs", "Repairs", "Reparaturen", "Réparations", "Reparaciones", ListingType.SERVICE, 1,
                    tr(enumOf("field", "Field", true, "bikes", "electronics", "furniture", "clothes"), "Bereich|Domaine|Ámbito",
                            "Fahrräder|Elektronik|Möbel|Kleidung", "vélos|électronique|meubles|vêtements",
                            "bicicletas|electrónica|muebles|ropa")),
            leaf("services", "lessons", "Lessons", "Unterricht", "Cours", "Clases", ListingType.SERVICE, 2,
                    tr(text("subject", "Subject", true), "Fach|Matière|Materia"),
                    tr(enumOf("level", "Level", false, "beginner", "intermediate", "advanced"), "Niveau|Niveau|Nivel",
                            "Anfänger|Fortgeschrittene|Profis", "débutant|intermédiaire|avancé",
                            "principiante|intermedio|avanzado")),
            leaf("services", "moving-help", "Moving help", "Umzugshilfe", "Aide au déménagement", "Ayuda con la mudanza",
                    ListingType.SERVICE, 3,
                    tr(bool("vanIncluded", "Van included"), "Mit Transporter|Camionnette incluse|Furgoneta incluida")));

    /**
     * The attribute with its label in German, French and Spanish ({@code "de|fr|es"}) and, for an enum, its
     * options in each of them ({@code "a|b|c"} aligned with the options).
     */
    private static AttributeDefinition tr(AttributeDefinition attribute, String labels, String... options) {
        String[] label = labels.split("\\|");
        java.util.Map<String, String> labelMap = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<String>> optionMap = new java.util.LinkedHashMap<>();
        for (int i = 0; i < dev.agora.listings.Localised.TRANSLATIONS.size(); i++) {
            String language = dev.agora.listings.Localised.TRANSLATIONS.get(i);
            labelMap.put(language, label[i]);
            if (options.length > i) {
                optionMap.put(language, List.of(options[i].split("\\|")));
            }
        }
        return attribute.translated(labelMap, optionMap);
    }

    private static CategoryDraft root(String slug, String name, String nameDe, String nameFr, String nameEs,
            ListingType type, int position) {
        return new CategoryDraft(null, slug, name, nameDe, nameFr, nameEs, type, false, List.of(), position);
    }

    private static CategoryDraft leaf(String parent, String slug, String name, String nameDe, String nameFr,
            String nameEs, ListingType type, int position, AttributeDefinition... attributes) {
        return new CategoryDraft(parent, slug, name, nameDe, nameFr, nameEs, type, false, List.of(attributes), position);
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
