package dev.agora.trust.internal.moderation;

/** What a report or a moderation case is about; ORDER cases come from fraud holds only. */
public enum SubjectKind {
    LISTING,
    MEMBER,
    MESSAGE,
    REVIEW,
    ORDER;

    public boolean reportable() {
        return this != ORDER;
    }

    public String key(String id) {
        return name().toLowerCase() + ":" + id;
    }
}
