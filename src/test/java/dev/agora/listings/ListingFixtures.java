package dev.agora.listings;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Drafts and fresh sellers for tests; every seller is new so tests never see each other's listings. */
public final class ListingFixtures {

    private ListingFixtures() {}

    public static AccountId newSeller(IdentityManagement identity) {
        String name = "Seller " + UUID.randomUUID().toString().substring(0, 8);
        return identity.register(new SignUp(name.replace(' ', '.').toLowerCase() + "@example.org",
                "correct horse battery staple " + name, name));
    }

    public static ListingDraft bike(String title) {
        return new ListingDraft("bikes", ListingType.ITEM, title,
                "A well kept road bike, serviced last month, new tyres and chain. Pick up in Berlin.",
                "350.00", "EUR", PriceUnit.FIXED, ItemCondition.GOOD, "Berlin", "10115", null, null, true, true,
                false, null, 1, null, null, null, null, Map.of("bikeType", "road", "frameSize", "56"), List.of());
    }

    public static ListingDraft tent(String title) {
        return new ListingDraft("camping-gear", ListingType.RENTAL, title,
                "Roomy family tent for four people, easy to pitch, comes with pegs and a groundsheet.", "12.50",
                "EUR", PriceUnit.PER_DAY, ItemCondition.GOOD, "Munich", "80331", null, null, false, true, false, null,
                1, 2, 14, "100", null, Map.of("persons", "4", "waterproof", "yes"),
                List.of(java.time.LocalDate.of(2026, 12, 24)));
    }

    public static ListingDraft lesson(String title) {
        return new ListingDraft("lessons", ListingType.SERVICE, title,
                "Patient guitar lessons for complete beginners, chords, rhythm and your first songs in weeks.",
                "30", "EUR", PriceUnit.PER_HOUR, null, "Hamburg", "20095", null, null, false, false, false, null, 1,
                null, null, null, BookingMode.SLOTS, Map.of("subject", "guitar"), List.of());
    }
}
