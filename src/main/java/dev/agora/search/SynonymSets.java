package dev.agora.search;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The operator-edited synonym sets search expands queries with (issue 5 and 12). A change applies to the next
 * query on the node that made it and within a minute on the others; no restart, no reindex. Refused input
 * throws {@code InvalidInputException} naming the field {@code groups}.
 */
public interface SynonymSets {

    /** Every set, ordered by its first word. */
    List<SynonymSet> sets();

    Optional<SynonymSet> set(UUID id);

    /** Creates a set ({@code id} null) or replaces the words of one: 2 to 20 words or phrases, letters, digits, spaces, hyphens. */
    SynonymSet save(@Nullable UUID id, List<String> words);

    void delete(UUID id);
}
