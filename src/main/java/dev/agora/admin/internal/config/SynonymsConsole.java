package dev.agora.admin.internal.config;

import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.search.SynonymSet;
import dev.agora.search.SynonymSets;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 5/12: operators' changes to the search synonym sets, each recorded in the audit log with its reason in the
 * same transaction (without a reason, or when search refuses the words, nothing changes and nothing is recorded).
 * Search applies a change to the next query, without a restart.
 */
@Service
class SynonymsConsole {

    /** One audit subject for all sets, so the audit page lists their whole history (the set's id is in the details). */
    static final String SUBJECT = "synonyms";

    private final SynonymSets synonyms;
    private final AuditLog audit;

    SynonymsConsole(SynonymSets synonyms, AuditLog audit) {
        this.synonyms = synonyms;
        this.audit = audit;
    }

    List<SynonymSet> sets() {
        return synonyms.sets();
    }

    @Nullable SynonymSet set(@Nullable UUID id) {
        return id == null ? null : synonyms.set(id).orElse(null);
    }

    /** Saves a new set ({@code id} null) or changes one; {@code words} comma-separated. */
    @Transactional
    SynonymSet save(Member operator, @Nullable UUID id, String words, String reason) {
        dev.agora.admin.internal.ConsoleErrors.requireReason(reason);
        String before = id == null ? null : synonyms.set(id).map(SynonymsConsole::describe)
                .orElseThrow(() -> InvalidInputException.of("id", "synonyms.unknown", "no such synonym set"));
        SynonymSet saved = synonyms.save(id, Arrays.stream(words.split(",")).map(String::strip)
                .filter(w -> !w.isEmpty()).toList());
        audit.record(new AuditEntry.Draft(operator.id(), id == null ? "synonyms.create" : "synonyms.update",
                SUBJECT, reason.strip(), "set " + saved.id() + ": "
                + (before == null ? describe(saved) : "before: " + before + " | after: " + describe(saved))));
        return saved;
    }

    @Transactional
    void delete(Member operator, UUID id, String reason) {
        dev.agora.admin.internal.ConsoleErrors.requireReason(reason);
        SynonymSet existing = synonyms.set(id)
                .orElseThrow(() -> InvalidInputException.of("id", "synonyms.unknown", "no such synonym set"));
        synonyms.delete(id);
        audit.record(new AuditEntry.Draft(operator.id(), "synonyms.delete", SUBJECT, reason.strip(),
                "set " + id + ": " + describe(existing)));
    }

    private static String describe(SynonymSet set) {
        return String.join(", ", set.words());
    }
}
