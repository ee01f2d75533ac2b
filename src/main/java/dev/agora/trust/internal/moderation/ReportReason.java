package dev.agora.trust.internal.moderation;

/** Why a member reports something (message keys {@code trust.report.reason.*}). */
public enum ReportReason {
    SCAM,
    PROHIBITED,
    MISLEADING,
    OFFENSIVE,
    SPAM,
    CONTACT_OUTSIDE,
    OTHER
}
