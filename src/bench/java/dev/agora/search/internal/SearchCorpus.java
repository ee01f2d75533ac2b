package dev.agora.search.internal;

import dev.agora.listings.CategoryView;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search bench's deterministic corpus: products of the demo categories with their attribute, brands, wordings,
 * cities, and the queries of the mix. Rows go straight into the search module's table in JDBC batches; each listing
 * carries its template's vector plus small deterministic noise (see {@link SearchBench}).
 */
final class SearchCorpus {

    private SearchCorpus() {}

    record Product(String category, String phrase, String attribute) {}

    /** One distinct text the model embeds: a brand's product in one wording. */
    record Template(Product product, String brand, String adjective) {

        String title() {
            return brand + " " + product.phrase() + ", " + adjective;
        }
    }

    record City(String name, double latitude, double longitude) {}

    static final List<Product> PRODUCTS = List.of(
            new Product("bikes", "road bike", "bikeType=road"), new Product("bikes", "city bike with basket", "bikeType=city"),
            new Product("bikes", "mountain bike full suspension", "bikeType=mountain"),
            new Product("bikes", "cargo bike for two kids", "bikeType=cargo"), new Product("bikes", "kids bike 20 inch", "bikeType=kids"),
            new Product("cameras", "mirrorless camera body", "format=digital"), new Product("cameras", "35mm film camera", "format=35mm film"),
            new Product("cameras", "medium format camera", "format=medium format"),
            new Product("furniture", "oak dining table", "material=wood"), new Product("furniture", "leather sofa three seats", "material=fabric"),
            new Product("furniture", "metal bookshelf", "material=metal"), new Product("furniture", "office chair ergonomic", "material=plastic"),
            new Product("books", "crime novel paperback", "language=en"), new Product("books", "Kochbuch vegetarisch", "language=de"),
            new Product("books", "children's picture book", "language=en"),
            new Product("sports-outdoors", "cooler box with ice packs", ""), new Product("sports-outdoors", "yoga mat non-slip", ""),
            new Product("sports-outdoors", "tennis racket with bag", ""), new Product("sports-outdoors", "running shoes size 42", ""),
            new Product("electronics", "noise cancelling headphones", ""), new Product("electronics", "gaming laptop 16 GB", ""),
            new Product("electronics", "smartphone with charger", ""), new Product("electronics", "espresso machine", ""),
            new Product("home-garden", "lawn mower electric", ""), new Product("home-garden", "garden hose 25 m", ""),
            new Product("home-garden", "potted olive tree", ""),
            new Product("camping-gear", "family tent for four", "persons=4"), new Product("camping-gear", "sleeping bag winter", "persons=1"),
            new Product("camping-gear", "camping stove with gas", "persons=2"),
            new Product("tools", "cordless hammer drill", "cordless=true"), new Product("tools", "circular saw", "cordless=false"),
            new Product("tools", "ladder aluminium 3 m", "cordless=false"),
            new Product("party", "PA speaker with microphone", "power=500"), new Product("party", "popcorn machine", "power=800"),
            new Product("repairs", "bike repair at your door", "field=bikes"), new Product("repairs", "phone screen repair", "field=electronics"),
            new Product("lessons", "guitar lessons for beginners", "level=beginner"), new Product("lessons", "German conversation lessons", "level=intermediate"),
            new Product("moving-help", "moving help with van", "vanIncluded=true"));
    static final List<String> BRANDS = List.of("Bosch", "Sony", "Canon", "Trek", "Cube", "IKEA", "Makita", "Nikon", "Apple",
            "Samsung", "Gazelle", "Coleman", "Decathlon", "Philips", "DeLonghi", "Yamaha");
    static final List<String> ADJECTIVES = List.of("almost new", "well kept", "barely used", "vintage", "cheap", "solid",
            "like new", "as good as new", "must go", "top condition", "gebraucht", "neuwertig");
    static final List<City> CITIES = List.of(new City("Berlin", 52.52, 13.405), new City("Hamburg", 53.55, 9.99),
            new City("Munich", 48.137, 11.575), new City("Cologne", 50.94, 6.96), new City("Frankfurt", 50.11, 8.68),
            new City("Stuttgart", 48.78, 9.18), new City("Leipzig", 51.34, 12.37), new City("Dresden", 51.05, 13.74),
            new City("Vienna", 48.21, 16.37), new City("Zurich", 47.37, 8.54));
    static final List<String> KEYWORD_QUERIES = List.of("road bike", "sofa", "bosch drill", "tent", "camera", "headphones",
            "espresso", "guitar lessons", "ladder", "moutain bike", "oak table", "sleeping bag", "lawn mower", "kochbuch");
    static final List<String> SEMANTIC_QUERIES = List.of("something to keep drinks cold at the beach",
            "a present for a child who loves to read", "help me carry my furniture to the new flat",
            "make my music loud at a party", "I want to learn to play an instrument", "stay warm at night outdoors",
            "fix my broken bicycle", "listen to music without hearing the train");

    /** Distinct (brand, product, wording) combinations in a fixed pseudo-random order. */
    static List<Template> templates(int count) {
        List<Template> all = new ArrayList<>();
        for (Product product : PRODUCTS) {
            for (String brand : BRANDS) {
                for (String adjective : ADJECTIVES) {
                    all.add(new Template(product, brand, adjective));
                }
            }
        }
        Collections.shuffle(all, new Random(11));
        return all.subList(0, Math.min(count, all.size()));
    }

    static void generate(JdbcTemplate jdbc, Map<String, CategoryView> categories, List<Template> templates,
            List<float[]> templateVectors, int documents) {
        Random random = new Random(42);
        Instant now = Instant.now();
        Map<dev.agora.listings.CategoryId, CategoryView> byId = new HashMap<>();
        categories.values().forEach(c -> byId.put(c.id(), c));
        Map<String, String[]> pathAndNames = new HashMap<>();
        for (Product product : PRODUCTS) {
            List<String> path = new ArrayList<>();
            List<String> names = new ArrayList<>();
            CategoryView c = categories.get(product.category());
            while (c != null) {
                path.add(c.id().toString());
                names.add(c.name());
                names.add(c.nameDe());
                c = c.parentId() == null ? null : byId.get(c.parentId());
            }
            pathAndNames.put(product.category(), new String[] {String.join("\n", path), String.join(" ", names)});
        }
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            int t = random.nextInt(templates.size());
            Template template = templates.get(t);
            Product product = template.product();
            CategoryView category = categories.get(product.category());
            String[] categoryFacts = pathAndNames.get(product.category());
            String description = "Selling my " + product.phrase() + " by " + template.brand() + ". "
                    + ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + ", pick up or delivery. Item " + i + ".";
            City city = CITIES.get(random.nextInt(CITIES.size()));
            float[] vector = noisy(templateVectors.get(t), random);
            String type = category.listingType().name();
            int seller = random.nextInt(documents / 10 + 1);
            // a seller's facts follow from the seller number, so all their listings agree
            Random sellerFacts = new Random(seller);
            Double rating = sellerFacts.nextInt(3) == 0 ? null : 3.0 + sellerFacts.nextInt(21) / 10.0;
            boolean verified = sellerFacts.nextInt(4) == 0;
            String level = List.of("NEW", "NEW", "NEW", "RISING", "RISING", "TOP").get(sellerFacts.nextInt(6));
            batch.add(new Object[] {new UUID(42, i), template.title(), description, categoryFacts[1], categoryFacts[0],
                    product.attribute(), 500L + random.nextInt(150_000), "EUR",
                    type.equals("SERVICE") ? null : List.of("NEW", "LIKE_NEW", "GOOD", "FAIR").get(random.nextInt(4)),
                    List.of("courier", "meetup", "shipping").get(random.nextInt(3)),
                    city.latitude() + random.nextGaussian() * 0.1, city.longitude() + random.nextGaussian() * 0.1,
                    city.name(), type, Timestamp.from(now.minusSeconds(random.nextInt(90 * 86_400))),
                    new UUID(7, seller), "", Vectors.toBytes(vector), "bench", rating, verified, level});
            if (batch.size() == 1_000 || i == documents - 1) {
                jdbc.batchUpdate("""
                        INSERT INTO search_listings (id, title, description, category_names, category_path, attributes,
                            price_minor, currency, item_condition, delivery, latitude, longitude, city, listing_type,
                            published_at, seller_id, blocked_dates, embedding, embedding_key, seller_rating,
                            seller_verified, seller_level)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
                batch.clear();
            }
            if ((i + 1) % 100_000 == 0) {
                System.out.printf(Locale.ROOT, "  %,d rows%n", i + 1);
            }
        }
    }

    static float[] noisy(float[] base, Random random) {
        float[] vector = new float[base.length];
        for (int i = 0; i < base.length; i++) {
            vector[i] = base[i] + (float) (random.nextGaussian() * 0.02);
        }
        return Vectors.normalised(vector);
    }

}
