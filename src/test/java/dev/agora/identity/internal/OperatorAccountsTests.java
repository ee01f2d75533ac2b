package dev.agora.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.Role;
import dev.agora.identity.SignUp;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OperatorAccountsTests {

    @Autowired
    MemberDetailsService members;

    @Autowired
    OperatorAccounts operators;

    @Autowired
    IdentityManagement identity;

    @Test
    void operatorsListedInConfigurationExistAfterStartUp() {
        assertThat(members.loadUserByUsername("ops@agora.test").role()).isEqualTo(Role.OPERATOR);
    }

    @Test
    void signUpAlwaysMakesAMemberAndTheCommandPromotesOne() {
        String email = "promote-" + UUID.randomUUID() + "@example.org";
        identity.register(new SignUp(email, "a long enough passphrase", "Soon Operator"));
        assertThat(members.loadUserByUsername(email).role()).isEqualTo(Role.MEMBER);

        boolean created = operators.ensure(email, "ignored", "ignored");

        assertThat(created).isFalse();
        assertThat(members.loadUserByUsername(email).role()).isEqualTo(Role.OPERATOR);
    }

    @Test
    void aNewOperatorNeedsAPasswordThatFollowsTheRules() {
        String email = "weak-op-" + UUID.randomUUID() + "@example.org";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> operators.ensure(email, "Weak", "short"))
                .isInstanceOf(dev.agora.kernel.validation.InvalidInputException.class);
        assertThat(identity.findProfile("weak")).isEmpty();
    }
}
