package dev.agora;

import dev.agora.identity.AccountId;
import dev.agora.identity.ProfileSection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Shows on every profile page in tests, proving a module can add a section without touching identity. */
@Component
class ProfileSectionForTests implements ProfileSection {

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
        return Map.of("memberId", member.toString());
    }
}
