package dev.agora.trust.internal.fraud;

import dev.agora.identity.AccountId;
import dev.agora.trust.Fingerprints;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fingerprints hashed with SHA-256 (nobody reads a device id, address or card back out of the table). */
@Service
@Transactional
class FingerprintStore implements Fingerprints {

    private final JdbcClient jdbc;
    private final Clock clock;

    FingerprintStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(AccountId member, Kind kind, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO trust_fingerprint (member_id, kind, value_hash, first_seen) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(member.value(), kind.name(), hash(kind, value), Timestamp.from(clock.instant())).update();
    }

    /** Other members who share any fingerprint with this one. */
    @Transactional(readOnly = true)
    List<AccountId> sharingWith(AccountId member) {
        return jdbc.sql("""
                SELECT DISTINCT o.member_id FROM trust_fingerprint f
                JOIN trust_fingerprint o ON o.kind = f.kind AND o.value_hash = f.value_hash AND o.member_id <> f.member_id
                WHERE f.member_id = ?""").param(member.value()).query(UUID.class).list().stream().map(AccountId::new).toList();
    }

    private static String hash(Kind kind, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((kind.name() + ":" + value.strip().toLowerCase()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
