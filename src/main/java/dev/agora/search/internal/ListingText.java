package dev.agora.search.internal;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a search document says in words, as one value: the text its sentence embedding is computed from, and the
 * attribute values alone. Kept apart from {@link SearchListing}, which stays the index mapping; the embedding's key
 * ({@link SentenceEmbeddings#key}) is taken from {@link #embeddingText()}, so a change here re-embeds every listing.
 *
 * @param attributes attribute values as {@code key=value} lines
 */
record ListingText(String title, String description, String categoryNames, List<String> attributes) {

    /** How much of the description the embedding reads: the start says what the thing is. */
    static final int DESCRIPTION_START = 600;

    /**
     * The text the embedding is computed from: what the listing is (title, category, attribute values, the start of
     * the description), not its price or place, which filters handle.
     */
    String embeddingText() {
        String start = description.length() > DESCRIPTION_START ? description.substring(0, DESCRIPTION_START) : description;
        return title + ". " + categoryNames + ". " + attributeText() + ". " + start;
    }

    /** The values of a multi-valued fact the document keeps as one newline-separated string. */
    static List<String> lines(@Nullable String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SearchListing.SEPARATOR));
    }

    /** Attribute values alone ("Nikon", "road"), for the embedding; keyword matching uses the attribute names. */
    String attributeText() {
        return String.join(" ", attributes.stream().map(line -> line.substring(line.indexOf('=') + 1)).toList());
    }
}
