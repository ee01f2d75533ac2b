package dev.agora;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.ProfileSection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Shows on the demo seller's profile in tests, proving a module can add a section without touching identity;
 * an empty model hides it everywhere else (so screenshots of other profiles stay clean).
 */
@Component
class ProfileSectionForTests implements ProfileSection {

    private final IdentityManagement identity;

    ProfileSectionForTests(IdentityManagement identity) {
        this.identity = identity;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "home.members";
    }

    @Override
    public String fragment() {
        return "test/profile-section :: contributed";
    }

    @Override
    public Map<String, Object> model(AccountId member) {
        boolean seller = identity.findProfile(member).map(p -> p.handle().equals("sam-seller")).orElse(false);
        return seller ? Map.of("memberId", member.toString()) : Map.of();
    }
}
