package dev.agora.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByEmail(String email);

    Optional<Account> findByHandle(String handle);

    List<Account> findByEmailVerifiedAtIsNotNullOrderByCreatedAtDesc(Pageable page);

    boolean existsByEmail(String email);

    boolean existsByHandle(String handle);

    /** Loads an account whose version goes up on commit even if no column changes (versioned avatar URLs). */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select a from Account a where a.id = :id")
    Optional<Account> findForNewVersion(UUID id);
}
