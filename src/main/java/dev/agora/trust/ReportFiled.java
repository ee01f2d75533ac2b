package dev.agora.trust;

import dev.agora.identity.AccountId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member reported a listing, profile, message or review; {@code subjectKind} is LISTING, MEMBER, MESSAGE or REVIEW. */
public record ReportFiled(UUID reportId, AccountId reporterId, String subjectKind, String subjectId,
        @Nullable AccountId subjectOwner, String reason, Instant occurredAt) {}
