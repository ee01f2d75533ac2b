package dev.agora.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, UUID> {

    Optional<RecoveryCode> findByAccountIdAndCodeHash(UUID accountId, String codeHash);

    @Modifying
    @Query("delete from RecoveryCode c where c.accountId = :accountId")
    void deleteByAccount(UUID accountId);
}
