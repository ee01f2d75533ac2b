package dev.agora.trust.internal.moderation;

import java.util.Set;

/**
 * What staff may do about a case. HIDE, REQUEST_EDIT, REMOVE act on the content (a hidden or removed message shows
 * "removed by a moderator" to both participants; a hidden review leaves lists and reputation); WARN, SUSPEND, BAN on
 * its owner.
 */
public enum ModerationAction {
    HIDE(Set.of(SubjectKind.LISTING, SubjectKind.MESSAGE, SubjectKind.REVIEW)),
    REQUEST_EDIT(Set.of(SubjectKind.LISTING)),
    REMOVE(Set.of(SubjectKind.LISTING, SubjectKind.ORDER, SubjectKind.MESSAGE)),
    WARN(Set.of(SubjectKind.LISTING, SubjectKind.MEMBER, SubjectKind.MESSAGE, SubjectKind.REVIEW, SubjectKind.ORDER)),
    SUSPEND(Set.of(SubjectKind.LISTING, SubjectKind.MEMBER, SubjectKind.MESSAGE, SubjectKind.REVIEW, SubjectKind.ORDER)),
    BAN(Set.of(SubjectKind.LISTING, SubjectKind.MEMBER, SubjectKind.MESSAGE, SubjectKind.REVIEW, SubjectKind.ORDER)),
    /** Lets held content go (a listing held for review goes live, a held order's escrow is freed). */
    RELEASE(Set.of(SubjectKind.LISTING, SubjectKind.ORDER)),
    /** The reports were unfounded; nothing changes for the member. */
    DISMISS(Set.of(SubjectKind.values()));

    private final Set<SubjectKind> applies;

    ModerationAction(Set<SubjectKind> applies) {
        this.applies = applies;
    }

    public boolean appliesTo(SubjectKind kind) {
        return applies.contains(kind);
    }

    /** Whether the member hears about it (and may appeal). */
    public boolean tellsMember() {
        return this != DISMISS && this != RELEASE;
    }

    public String messageKey() {
        return "trust.action." + name().toLowerCase().replace('_', '-');
    }
}
