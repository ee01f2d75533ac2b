package dev.agora.admin;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.MemberAdministration;
import dev.agora.identity.SignUp;
import dev.agora.messaging.ChatMembers;
import dev.agora.messaging.ChatMembers.ChatMember;
import java.util.UUID;

/** Members with a confirmed email, confirmed the way support does it (no waiting for the mail). */
final class Members {

    static ChatMember verified(IdentityManagement identity, MemberAdministration members, String name) {
        String email = "admin-" + UUID.randomUUID() + "@example.org";
        AccountId id = identity.register(new SignUp(email, ChatMembers.PASSWORD, name));
        members.verifyEmail(id);
        return new ChatMember(id, email, name);
    }

    private Members() {}
}
