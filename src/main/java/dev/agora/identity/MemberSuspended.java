package dev.agora.identity;

import java.time.Instant;

/** Staff suspended a member: they cannot log in until reinstated (the reason is in the audit log). */
public record MemberSuspended(AccountId accountId, Instant occurredAt) {}
