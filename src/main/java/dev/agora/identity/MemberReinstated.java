package dev.agora.identity;

import java.time.Instant;

/** Staff lifted a member's suspension. */
public record MemberReinstated(AccountId accountId, Instant occurredAt) {}
