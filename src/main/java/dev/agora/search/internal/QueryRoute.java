package dev.agora.search.internal;

import java.util.List;

/**
 * What kind of query this is, from its words alone (no index look-up, so routing costs nothing): a model number or
 * size leans on exact keywords, a sentence describing a need leans on meaning (vectors), anything else sits between.
 */
enum QueryRoute {
    /** A word with a digit: "rx100", "iphone 13", "56cm". */
    MODEL_NUMBER,
    /** Four words or more: "gift for a 5-year-old who likes dinosaurs", "something to keep coffee hot". */
    NATURAL_LANGUAGE,
    /** One to three words without digits. */
    KEYWORDS;

    static QueryRoute of(List<String> terms) {
        if (terms.stream().anyMatch(t -> t.chars().anyMatch(Character::isDigit))) {
            return terms.size() >= 5 ? NATURAL_LANGUAGE : MODEL_NUMBER;
        }
        return terms.size() >= 4 ? NATURAL_LANGUAGE : KEYWORDS;
    }
}
