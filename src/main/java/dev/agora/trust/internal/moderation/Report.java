package dev.agora.trust.internal.moderation;

import dev.agora.identity.AccountId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One member's report; {@code status} OPEN, UPHELD (an action followed) or DISMISSED. */
public record Report(UUID id, AccountId reporter, SubjectKind kind, String subjectId, @Nullable AccountId owner,
        ReportReason reason, String details, String status, Instant createdAt) {}
