package dev.agora.search.internal;

import dev.agora.kernel.validation.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import dev.agora.search.SynonymSet;
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
class Synonyms implements dev.agora.search.SynonymSets {

    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final SynonymGroupRepository groups;
    private final Clock clock;
    private volatile Map<String, Set<String>> byWord = Map.of();
    private volatile Instant loadedAt = Instant.MIN;

    Synonyms(SynonymGroupRepository groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    /**
     * The words of the groups the word or phrase belongs to, looked up by any of its forms (see {@link QueryTerms};
     * empty when it has none).
     */
    Set<String> of(String word) {
        if (loadedAt.isBefore(clock.instant().minus(MAX_AGE))) {
            reload();
        }
        return byWord.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of());
    }

    /** Relevance helper: every lookup form with the names of its groups (for {@link TypoCorrection}). */
    Map<String, Set<String>> index() {
        if (loadedAt.isBefore(clock.instant().minus(MAX_AGE))) {
            reload();
        }
        return byWord;
    }

    /** Issue 12: the sets with their ids, for the console. */
    @Override
    public List<SynonymSet> sets() {
        return groups.findAll().stream().map(g -> new SynonymSet(g.id(), g.words()))
                .sorted(java.util.Comparator.comparing(set -> set.words().getFirst())).toList();
    }

    @Override
    public java.util.Optional<SynonymSet> set(java.util.UUID id) {
        return groups.findById(id).map(g -> new SynonymSet(g.id(), g.words()));
    }

    /** Adds a set (null id) or replaces the words of one; applied on this node at once. */
    @Override
    @Transactional
    public SynonymSet save(java.util.@org.jspecify.annotations.Nullable UUID id, List<String> words) {
        List<String> cleaned = words.stream().filter(w -> w != null && !w.isBlank()).map(w -> w.strip().toLowerCase(Locale.ROOT))
                .distinct().toList();
        check(cleaned);
        SynonymGroup group = id == null ? new SynonymGroup(cleaned) : groups.findById(id)
                .orElseThrow(() -> InvalidInputException.of("id", "synonyms.unknown", "no such synonym set"));
        group.replaceWords(cleaned);
        groups.saveAndFlush(group);
        reload();
        return new SynonymSet(group.id(), group.words());
    }

    @Override
    @Transactional
    public void delete(java.util.UUID id) {
        groups.deleteById(id);
        groups.flush();
        reload();
    }

    List<List<String>> groups() {
        return groups.findAll().stream().map(SynonymGroup::words).toList();
    }

    /** Replaces every group; each needs two to twenty words of letters, digits, spaces or hyphens. */
    @Transactional
    public void replace(List<List<String>> replacement) {
        for (List<String> group : replacement) {
            check(group);
        }
        groups.deleteAllInBatch();
        groups.saveAll(replacement.stream().map(g -> new SynonymGroup(
                g.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).toList())).toList());
        groups.flush();
        reload();
    }

    /** Each group needs two to twenty words or phrases of letters, digits, spaces or hyphens. */
    private static void check(List<String> group) {
        if (group.size() < 2 || group.size() > 20 || group.stream().anyMatch(
                w -> w == null || !w.strip().matches("[\\p{L}\\p{N} -]{1,40}"))) {
            throw InvalidInputException.of("groups", "synonyms.invalid",
                    "each group needs 2 to 20 words of letters, digits, spaces or hyphens");
        }
    }

    /** Indexes every word and phrase of every group by its lookup forms (issue 12: accents, stems, phrases). */
    synchronized void reload() {
        byWord = QueryExpansion.index(groups.findAll().stream().map(SynonymGroup::words).toList());
        loadedAt = clock.instant();
    }
}
