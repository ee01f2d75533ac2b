package dev.agora.listings.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.listings.*}.
 *
 * @param maxPrice the highest price (in major units of any currency) a listing may ask
 * @param minDescriptionLength shorter descriptions are held for moderation as thin
 * @param prohibitedWords words (case-insensitive) that hold a listing for moderation
 * @param maxPhotos photos per listing
 * @param demoListings how many demo listings the seeder creates when demo data is on
 */
@ConfigurationProperties("agora.listings")
record ListingsSettings(
        @DefaultValue("1000000") BigDecimal maxPrice,
        @DefaultValue("40") int minDescriptionLength,
        @DefaultValue({}) List<String> prohibitedWords,
        @DefaultValue("12") int maxPhotos,
        @DefaultValue("200") int demoListings) {

    ListingsSettings {
        prohibitedWords = prohibitedWords == null ? List.of() : List.copyOf(prohibitedWords);
    }
}
