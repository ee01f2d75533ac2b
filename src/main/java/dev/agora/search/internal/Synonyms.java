package dev.agora.search.internal;

import dev.agora.kernel.validation.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator-edited synonym groups, applied when a query is built. Each node reloads them from the
 * database at most a minute after a change elsewhere, and at once after a change it made itself.
 */
@Component
class Synonyms {

    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final SynonymGroupRepository groups;
    private final Clock clock;
    private volatile Map<String, Set<String>> byWord = Map.of();
    private volatile Instant loadedAt = Instant.MIN;

    Synonyms(SynonymGroupRepository groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    /** The other words of the word's group (empty when it has none). */
    Set<String> of(String word) {
        if (loadedAt.isBefore(clock.instant().minus(MAX_AGE))) {
            reload();
        }
        return byWord.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of());
    }

    List<List<String>> groups() {
        return groups.findAll().stream().map(SynonymGroup::words).toList();
    }

    /** Replaces every group; each needs two to twenty words of letters, digits, spaces or hyphens. */
    @Transactional
    public void replace(List<List<String>> replacement) {
        for (List<String> group : replacement) {
            if (group.size() < 2 || group.size() > 20 || group.stream().anyMatch(
                    w -> w == null || !w.strip().matches("[\\p{L}\\p{N} -]{1,40}"))) {
                throw InvalidInputException.of("groups", "synonyms.invalid",
                        "each group needs 2 to 20 words of letters, digits, spaces or hyphens");
            }
        }
        groups.deleteAllInBatch();
        groups.saveAll(replacement.stream().map(g -> new SynonymGroup(
                g.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).toList())).toList());
        groups.flush();
        reload();
    }

    synchronized void reload() {
        Map<String, Set<String>> map = new HashMap<>();
        for (SynonymGroup group : groups.findAll()) {
            List<String> words = group.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
            for (String word : words) {
                Set<String> others = map.computeIfAbsent(word, w -> new LinkedHashSet<>());
                words.stream().filter(w -> !w.equals(word)).forEach(others::add);
            }
        }
        byWord = Map.copyOf(map);
        loadedAt = clock.instant();
    }
}
