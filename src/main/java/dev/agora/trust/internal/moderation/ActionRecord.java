package dev.agora.trust.internal.moderation;

import dev.agora.identity.AccountId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A moderation action as recorded, with its appeal (text, time, outcome UPHELD or OVERTURNED) if any. */
public record ActionRecord(UUID id, SubjectKind kind, String subjectId, @Nullable AccountId member,
        ModerationAction action, ReasonTemplate template, String note, @Nullable AccountId actor,
        @Nullable Instant suspendedUntil, Instant createdAt, @Nullable String appealText, @Nullable Instant appealedAt,
        @Nullable String appealOutcome) {

    public boolean appealPending() {
        return appealedAt != null && appealOutcome == null;
    }
}
