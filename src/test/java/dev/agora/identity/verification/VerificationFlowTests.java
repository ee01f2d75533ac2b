package dev.agora.identity.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.IntegrationTest;
import dev.agora.TestClock;
import dev.agora.identity.AccountId;
import dev.agora.identity.BusinessDetails;
import dev.agora.identity.IdDocumentUpload;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.VerificationLevel;
import dev.agora.identity.VerificationManagement;
import dev.agora.identity.VerificationStatus;
import dev.agora.identity.VerificationStatus.CheckState;
import dev.agora.identity.internal.verification.SandboxSms;
import dev.agora.kernel.storage.BlobStorage;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.internal.TestImages;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Phone, ID and business verification through the sandbox SMS gateway and KYC provider. */
@IntegrationTest
class VerificationFlowTests {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired VerificationManagement verification;
    @Autowired IdentityManagement identity;
    @Autowired SandboxSms sms;
    @Autowired BlobStorage blobs;
    @Autowired AuditLog audit;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPhoneIsVerifiedWithTheCodeSentBySms() {
        AccountId member = ListingFixtures.newSeller(identity);
        assertThatThrownBy(() -> verification.startPhone(member, "12"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("phone");

        VerificationStatus pending = verification.startPhone(member, "0151 2345 6789");

        assertThat(pending.pendingPhone()).startsWith("+4915").endsWith("789");
        String text = sms.lastTo("+4915123456789").orElseThrow().text();
        Matcher code = CODE.matcher(text);
        assertThat(code.find()).isTrue();
        String wrong = code.group(1).equals("000000") ? "111111" : "000000";
        assertThatThrownBy(() -> verification.confirmPhone(member, wrong))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not right");
        assertThat(verification.levelsOf(member)).doesNotContain(VerificationLevel.PHONE);

        VerificationStatus confirmed = verification.confirmPhone(member, code.group(1));

        assertThat(confirmed.has(VerificationLevel.PHONE)).isTrue();
        assertThat(confirmed.phone()).endsWith("789");
        assertThat(confirmed.pendingPhone()).isNull();
    }

    @Test
    void anIdDocumentIsStoredEncryptedCheckedAuditedAndDeletedAfterTheRetention() throws Exception {
        AccountId member = ListingFixtures.newSeller(identity);
        byte[] photo = TestImages.png(640, 400);

        VerificationStatus status = verification.submitId(member, new IdDocumentUpload("ID_CARD", "L01X00T47", photo));

        assertThat(status.idCheck().state()).isEqualTo(CheckState.APPROVED);
        assertThat(status.has(VerificationLevel.ID)).isTrue();
        var checkId = status.idCheck().id();
        String key = "identity-documents/" + member + "/" + checkId + ".png";
        byte[] atRest = blobs.get(key).orElseThrow().content();
        assertThat(Arrays.equals(atRest, photo)).isFalse();
        assertThat(Arrays.equals(Arrays.copyOfRange(atRest, 12, 20), Arrays.copyOfRange(photo, 0, 8))).isFalse();
        assertThat(new String(atRest, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("PNG", "IHDR");

        AccountId operator = ListingFixtures.newSeller(identity);
        var opened = verification.openDocument(operator, checkId, "Member disputes the decision (ticket 4711)");
        assertThat(opened.content()).isEqualTo(photo);
        assertThat(opened.contentType()).isEqualTo("image/png");
        assertThat(audit.about("identity-document:" + checkId)).extracting(AuditEntry::action)
                .containsExactly("identity-document.stored", "identity-document.sent-to-provider", "identity-document.opened");
        assertThat(audit.about("identity-document:" + checkId)).last().extracting(AuditEntry::actor).isEqualTo(operator);

        clock.advance(Duration.ofDays(31));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(verification.statusOf(member).idCheck().documentStored()).isFalse());
        assertThat(blobs.get(key)).isEmpty();
        assertThat(verification.levelsOf(member)).contains(VerificationLevel.ID);
        assertThat(audit.about("identity-document:" + checkId)).extracting(AuditEntry::action).last()
                .isEqualTo("identity-document.deleted");
        assertThatThrownBy(() -> verification.openDocument(operator, checkId, "again"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("deleted");
    }

    @Test
    void aFileThatIsNotAnImageOrARefusedDocumentGivesNoIdLevel() throws Exception {
        AccountId member = ListingFixtures.newSeller(identity);

        assertThatThrownBy(() -> verification.submitId(member, new IdDocumentUpload("PASSPORT", "C01X00T47",
                "%PDF-1.7 not an image".getBytes())))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().getFirst().code()).isEqualTo("verification.id.notImage");
        assertThat(verification.statusOf(member).idCheck()).isNull();

        VerificationStatus refused = verification.submitId(member, new IdDocumentUpload("PASSPORT", "X0000000", TestImages.png(300, 200)));

        assertThat(refused.idCheck().state()).isEqualTo(CheckState.REJECTED);
        assertThat(refused.idCheck().reason()).contains("sandbox");
        assertThat(refused.has(VerificationLevel.ID)).isFalse();
    }

    @Test
    void aBusinessIsVerifiedWithRegistrationNumberAndTaxId() {
        AccountId member = ListingFixtures.newSeller(identity);
        assertThatThrownBy(() -> verification.submitBusiness(member, new BusinessDetails("Rad & Tat GmbH", "HRB 12345", "DE12")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("taxId");

        VerificationStatus status = verification.submitBusiness(member, new BusinessDetails("Rad & Tat GmbH", "HRB 12345 B", "DE 123456789"));

        assertThat(status.business().state()).isEqualTo(CheckState.APPROVED);
        assertThat(status.business().taxId()).isEqualTo("DE123456789");
        assertThat(verification.levelsOf(member)).contains(VerificationLevel.BUSINESS);
    }
}
