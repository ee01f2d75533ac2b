package dev.agora.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Query("""
            select t from ApiToken t where t.accountId = :accountId and t.revokedAt is null
            order by t.createdAt desc, t.id desc""")
    List<ApiToken> firstPage(UUID accountId, Limit limit);

    @Query("""
            select t from ApiToken t where t.accountId = :accountId and t.revokedAt is null
              and (t.createdAt < :createdAt or (t.createdAt = :createdAt and t.id < :id))
            order by t.createdAt desc, t.id desc""")
    List<ApiToken> pageAfter(UUID accountId, Instant createdAt, UUID id, Limit limit);

    // --- admin (issue 10): account erasure
    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from ApiToken t where t.accountId = :accountId")
    int deleteByAccount(UUID accountId);

    List<ApiToken> findByAccountId(UUID accountId);
}
