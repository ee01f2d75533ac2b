package dev.agora.identity.internal.verification;

import dev.agora.identity.AccountId;
import dev.agora.identity.VerificationLevel;
import dev.agora.identity.VerificationStatus.BusinessCheck;
import dev.agora.identity.VerificationStatus.CheckState;
import dev.agora.identity.VerificationStatus.IdCheck;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Verification data on plain SQL: levels held, the phone challenge, ID checks and business registrations. */
@Repository
class VerificationStore {

    record Phone(@Nullable String confirmed, @Nullable String pending, @Nullable String codeHash,
            @Nullable Instant expiresAt, int attempts, @Nullable Instant sentAt) {}

    record StoredCheck(IdCheck view, AccountId owner, @Nullable String documentKey, String contentType) {}

    private final JdbcClient jdbc;

    VerificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<AccountId, Set<VerificationLevel>> levels(Collection<AccountId> members) {
        Map<AccountId, Set<VerificationLevel>> levels = new HashMap<>();
        members.forEach(member -> levels.put(member, EnumSet.noneOf(VerificationLevel.class)));
        if (members.isEmpty()) {
            return levels;
        }
        List<UUID> ids = members.stream().map(AccountId::value).distinct().toList();
        jdbc.sql("SELECT id FROM identity_account WHERE email_verified_at IS NOT NULL AND id IN (:ids)").param("ids", ids)
                .query((rs, row) -> new AccountId(rs.getObject(1, UUID.class))).list()
                .forEach(member -> levels.get(member).add(VerificationLevel.EMAIL));
        jdbc.sql("SELECT account_id, level FROM identity_verification_levels WHERE account_id IN (:ids)").param("ids", ids)
                .query((rs, row) -> Map.entry(new AccountId(rs.getObject(1, UUID.class)), VerificationLevel.valueOf(rs.getString(2))))
                .list()
                .forEach(entry -> levels.get(entry.getKey()).add(entry.getValue()));
        return levels;
    }

    void grant(AccountId member, VerificationLevel level, Instant now) {
        jdbc.sql("INSERT INTO identity_verification_levels (account_id, level, verified_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(member.value(), level.name(), utc(now)).update();
    }

    Optional<Phone> phone(AccountId member, boolean lock) {
        return jdbc.sql("SELECT * FROM identity_phones WHERE account_id = ?" + (lock ? " FOR UPDATE" : ""))
                .param(member.value())
                .query((rs, row) -> new Phone(rs.getString("confirmed_e164"), rs.getString("pending_e164"),
                        rs.getString("code_hash"), instant(rs, "code_expires_at"), rs.getInt("attempts"), instant(rs, "sent_at")))
                .optional();
    }

    void challenge(AccountId member, String e164, String codeHash, Instant expiresAt, Instant now) {
        jdbc.sql("INSERT INTO identity_phones (account_id) VALUES (?) ON CONFLICT DO NOTHING").param(member.value()).update();
        jdbc.sql("UPDATE identity_phones SET pending_e164 = ?, code_hash = ?, code_expires_at = ?, attempts = 0, sent_at = ? "
                        + "WHERE account_id = ?")
                .params(e164, codeHash, utc(expiresAt), utc(now), member.value()).update();
    }

    void failedAttempt(AccountId member) {
        jdbc.sql("UPDATE identity_phones SET attempts = attempts + 1 WHERE account_id = ?").param(member.value()).update();
    }

    void confirmPhone(AccountId member, String e164) {
        jdbc.sql("UPDATE identity_phones SET confirmed_e164 = ?, pending_e164 = NULL, code_hash = NULL, code_expires_at = NULL, "
                        + "attempts = 0 WHERE account_id = ?")
                .params(e164, member.value()).update();
    }

    void insertCheck(UUID id, AccountId member, String type, String numberHint, String documentKey, Instant now) {
        jdbc.sql("INSERT INTO identity_id_checks (id, account_id, document_type, number_hint, state, document_key, submitted_at) "
                        + "VALUES (?, ?, ?, ?, 'PENDING', ?, ?)")
                .params(id, member.value(), type, numberHint, documentKey, utc(now)).update();
    }

    void decideCheck(UUID id, CheckState state, @Nullable String reason, String providerReference, Instant now,
            Instant deleteAfter) {
        jdbc.sql("UPDATE identity_id_checks SET state = ?, reason = ?, provider_reference = ?, decided_at = ?, delete_after = ? "
                        + "WHERE id = ? AND state = 'PENDING'")
                .params(state.name(), reason, providerReference, utc(now), utc(deleteAfter), id).update();
    }

    Optional<StoredCheck> check(UUID id) {
        return jdbc.sql("SELECT * FROM identity_id_checks WHERE id = ?").param(id).query(VerificationStore::storedCheck).optional();
    }

    /** Checks waiting for a decision (a provider answered "pending"), oldest first (issue 9: staff review). */
    List<dev.agora.identity.IdDocumentReview.PendingIdCheck> pendingChecks(int limit) {
        return jdbc.sql("SELECT * FROM identity_id_checks WHERE state = 'PENDING' ORDER BY submitted_at LIMIT ?")
                .param(limit).query((rs, row) -> new dev.agora.identity.IdDocumentReview.PendingIdCheck(
                        rs.getObject("id", UUID.class), new AccountId(rs.getObject("account_id", UUID.class)),
                        rs.getString("document_type"), rs.getString("number_hint"), instant(rs, "submitted_at"),
                        rs.getString("document_key") != null))
                .list();
    }

    Optional<IdCheck> latestCheck(AccountId member) {
        return jdbc.sql("SELECT * FROM identity_id_checks WHERE account_id = ? ORDER BY submitted_at DESC LIMIT 1")
                .param(member.value()).query(VerificationStore::storedCheck).optional().map(StoredCheck::view);
    }

    boolean hasPendingCheck(AccountId member) {
        return jdbc.sql("SELECT COUNT(*) FROM identity_id_checks WHERE account_id = ? AND state = 'PENDING'")
                .param(member.value()).query(Long.class).single() > 0;
    }

    /** Decided checks whose document is past its retention and not deleted yet. */
    List<StoredCheck> expiredDocuments(Instant now, int limit) {
        return jdbc.sql("SELECT * FROM identity_id_checks WHERE delete_after <= ? AND document_deleted_at IS NULL "
                        + "AND document_key IS NOT NULL ORDER BY delete_after LIMIT ?")
                .params(utc(now), limit).query(VerificationStore::storedCheck).list();
    }

    void documentDeleted(UUID id, Instant now) {
        jdbc.sql("UPDATE identity_id_checks SET document_deleted_at = ?, document_key = NULL WHERE id = ?")
                .params(utc(now), id).update();
    }

    void saveBusiness(AccountId member, String company, String registration, String taxId, CheckState state,
            @Nullable String reason, Instant now) {
        jdbc.sql("DELETE FROM identity_businesses WHERE account_id = ?").param(member.value()).update();
        jdbc.sql("INSERT INTO identity_businesses (account_id, company_name, registration_number, tax_id, state, reason, "
                        + "submitted_at, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(member.value(), company, registration, taxId, state.name(), reason, utc(now),
                        state == CheckState.PENDING ? null : utc(now))
                .update();
    }

    Optional<BusinessCheck> business(AccountId member) {
        return jdbc.sql("SELECT * FROM identity_businesses WHERE account_id = ?").param(member.value())
                .query((rs, row) -> new BusinessCheck(rs.getString("company_name"), rs.getString("registration_number"),
                        rs.getString("tax_id"), CheckState.valueOf(rs.getString("state")), rs.getString("reason"),
                        instant(rs, "submitted_at")))
                .optional();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static StoredCheck storedCheck(ResultSet rs, int row) throws SQLException {
        String key = rs.getString("document_key");
        String type = rs.getString("document_type");
        IdCheck view = new IdCheck(rs.getObject("id", UUID.class), type, CheckState.valueOf(rs.getString("state")),
                rs.getString("reason"), instant(rs, "submitted_at"), instant(rs, "decided_at"), key != null);
        String contentType = key == null ? "application/octet-stream" : "image/" + key.substring(key.lastIndexOf('.') + 1);
        return new StoredCheck(view, new AccountId(rs.getObject("account_id", UUID.class)), key, contentType);
    }
}
