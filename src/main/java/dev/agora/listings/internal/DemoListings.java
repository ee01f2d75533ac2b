package dev.agora.listings.internal;

import dev.agora.listings.BookingMode;
import dev.agora.listings.ItemCondition;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingType;
import dev.agora.listings.PriceUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generates the demo listings: the same every time (fixed seed), spread over categories and cities. */
final class DemoListings {

    record City(String name, String postalCode) {}

    static final List<City> CITIES = List.of(new City("Berlin", "10115"), new City("Munich", "80331"),
            new City("Hamburg", "20095"), new City("Cologne", "50667"), new City("Frankfurt", "60311"),
            new City("Leipzig", "04109"));

    record Template(String category, ListingType type, String[] titles, Map<String, String> attributes, int minPrice, int maxPrice, PriceUnit unit) {}

    static final List<Template> TEMPLATES = List.of(
            new Template("bikes", ListingType.ITEM, new String[] {"Road bike Cube Attain", "Dutch city bike",
                    "Mountain bike Trek Marlin", "Kids bike 20 inch", "Cargo bike Urban Arrow"},
                    Map.of("bikeType", "road", "frameSize", "56", "brand", "Cube"), 80, 1900, PriceUnit.FIXED),
            new Template("cameras", ListingType.ITEM, new String[] {"Vintage Nikon FM2", "Canon AE-1 Program",
                    "Olympus OM-1", "Pentax 67 body", "Fujifilm X100V"},
                    Map.of("brand", "Nikon", "format", "35mm film", "lensIncluded", "true"), 60, 1400, PriceUnit.FIXED),
            new Template("furniture", ListingType.ITEM, new String[] {"Oak dining table", "Mid-century armchair",
                    "Bookshelf Billy white", "Vintage desk lamp", "Folding garden chairs (4)"},
                    Map.of("material", "wood", "width", "120"), 15, 600, PriceUnit.FIXED),
            new Template("books", ListingType.ITEM, new String[] {"Complete Sherlock Holmes", "Der Zauberberg hardcover",
                    "Java Concurrency in Practice", "Box of children's books", "Atlas of remote islands"},
                    Map.of("author", "various", "language", "en"), 3, 60, PriceUnit.FIXED),
            new Template("camping-gear", ListingType.RENTAL, new String[] {"Family tent for 4", "Hiking backpack 65 l",
                    "Camping stove set", "Two-person tent, ultralight", "Roof-top tent"},
                    Map.of("persons", "4", "waterproof", "true"), 8, 45, PriceUnit.PER_DAY),
            new Template("tools", ListingType.RENTAL, new String[] {"Hammer drill Bosch", "Tile cutter",
                    "Pressure washer", "Cordless screwdriver set", "Ladder 3 m"},
                    Map.of("brand", "Bosch", "cordless", "false"), 5, 30, PriceUnit.PER_DAY),
            new Template("camera-rental", ListingType.RENTAL, new String[] {"Sony A7 III with 28-70", "Canon 70-200 f/2.8",
                    "DJI Ronin gimbal", "GoPro Hero 12", "Studio flash kit"},
                    Map.of("brand", "Sony"), 15, 80, PriceUnit.PER_DAY),
            new Template("party", ListingType.RENTAL, new String[] {"PA speaker pair", "Beer tent table set",
                    "Popcorn machine", "LED party lights", "Cotton candy machine"},
                    Map.of("power", "800"), 10, 90, PriceUnit.PER_NIGHT),
            new Template("repairs", ListingType.SERVICE, new String[] {"Bike service and tune-up", "Phone screen repair",
                    "Furniture restoration", "Clothes alterations", "Laptop cleaning and repaste"},
                    Map.of("field", "bikes"), 20, 120, PriceUnit.FIXED),
            new Template("lessons", ListingType.SERVICE, new String[] {"Guitar lessons for beginners", "German conversation",
                    "Photography walk and lesson", "Piano lessons", "Java programming tutoring"},
                    Map.of("subject", "music", "level", "beginner"), 20, 60, PriceUnit.PER_HOUR),
            new Template("moving-help", ListingType.SERVICE, new String[] {"Two helpers with van", "Furniture assembly",
                    "Piano moving", "Help carrying boxes", "Kitchen assembly"},
                    Map.of("vanIncluded", "true"), 25, 70, PriceUnit.PER_HOUR));

    private DemoListings() {}

    record Demo(ListingDraft draft, int pictureIndex) {}

    static List<Demo> generate(int count, LocalDate today) {
        Random random = new Random(42);
        List<Demo> demos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int t = i % TEMPLATES.size();
            Template template = TEMPLATES.get(t);
            String title = template.titles()[(i / TEMPLATES.size()) % template.titles().length];
            City city = CITIES.get((i / (TEMPLATES.size() * template.titles().length) + i) % CITIES.size());
            int price = template.minPrice() + random.nextInt(template.maxPrice() - template.minPrice() + 1);
            String description = "**" + title + "** in " + city.name() + ". Well looked after, pick it up or ask for "
                    + "a courier.\n\n- honest description\n- photos of the real thing\n- questions welcome";
            boolean service = template.type() == ListingType.SERVICE;
            List<LocalDate> blocked = template.type() == ListingType.RENTAL
                    ? List.of(today.plusDays(3 + i % 5), today.plusDays(4 + i % 5)) : List.of();
            ListingDraft draft = new ListingDraft(template.category(), template.type(), title + " · " + city.name() + " #" + (i + 1),
                    description, price + ".00", "EUR", template.unit(),
                    service ? null : ItemCondition.values()[i % 4], city.name(), city.postalCode(), null, null,
                    !service && i % 2 == 0, !service, !service && i % 3 == 0, i % 3 == 0 ? "4.90" : null,
                    template.type() == ListingType.ITEM ? 1 + i % 3 : 1, template.type() == ListingType.RENTAL ? 1 : null,
                    template.type() == ListingType.RENTAL ? 14 : null,
                    template.type() == ListingType.RENTAL ? String.valueOf(price * 3) : null,
                    service ? (i % 2 == 0 ? BookingMode.SLOTS : BookingMode.ON_REQUEST) : null,
                    template.attributes(), blocked);
            demos.add(new Demo(draft, t));
        }
        return demos;
    }
}
