package dev.agora.trust.internal;

import dev.agora.identity.Member;
import dev.agora.identity.Role;
import org.jspecify.annotations.Nullable;

/** Who may moderate and decide disputes: operators and moderators (docs/operator-guide.md's role matrix). */
public final class StaffRoles {

    private StaffRoles() {}

    public static boolean moderates(@Nullable Member member) {
        return member != null && (member.role() == Role.OPERATOR || member.role() == Role.MODERATOR);
    }
}
