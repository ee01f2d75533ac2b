package dev.agora.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AuditLogTests {

    @Autowired AuditLog audit;

    @Test
    void anActionIsRecordedWithItsReasonAndReadBackBySubject() {
        var staff = AccountId.random();
        String subject = "order:" + UUID.randomUUID();

        audit.record(AuditEntry.Draft.of(staff, "order.transition", subject, "Buyer phoned: item never arrived"));
        audit.record(new AuditEntry.Draft(null, "order.hold", subject, "Fraud rule: velocity", "score 82"));

        assertThat(audit.about(subject)).extracting(AuditEntry::action).containsExactly("order.transition", "order.hold");
        assertThat(audit.recent(subject, 1)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isNull();
            assertThat(entry.details()).isEqualTo("score 82");
        });
        assertThat(audit.countBy(staff)).isEqualTo(1);
    }

    @Test
    void anActionWithoutAReasonIsRefusedAndNothingIsRecorded() {
        String subject = "member:" + UUID.randomUUID();

        assertThatThrownBy(() -> audit.record(AuditEntry.Draft.of(AccountId.random(), "member.suspend", subject, "  ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");

        assertThat(audit.about(subject)).isEmpty();
    }
}
