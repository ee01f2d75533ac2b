package dev.agora.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountTokenRepository extends JpaRepository<AccountToken, UUID> {

    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

    List<AccountToken> findByAccountIdAndPurposeAndUsedAtIsNull(UUID accountId, AccountToken.Purpose purpose);

    boolean existsByAccountIdAndPurposeAndCreatedAtGreaterThanEqual(
            UUID accountId, AccountToken.Purpose purpose, Instant since);

    // --- admin (issue 10): account erasure
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from AccountToken t where t.accountId = :accountId")
    int deleteByAccount(UUID accountId);
}
