package dev.agora.identity.internal;

import dev.agora.identity.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, UUID> {

    List<Account> findByRoleAndErasedAtIsNullOrderByCreatedAtAsc(Role role); // issue 7

    Optional<Account> findByEmail(String email);

    Optional<Account> findByHandle(String handle);

    /** Members in good standing for the home page: staff and couriers, erased and suspended accounts stay off it. */
    @Query("""
            select a from Account a where a.emailVerifiedAt is not null and a.role = :role and a.erasedAt is null
              and (a.suspension.until is null or a.suspension.until <= :now) order by a.createdAt desc""")
    List<Account> inGoodStanding(Role role, Instant now, Pageable page);

    /**
     * orders-events: what a notification needs, without loading the account entity (perf, issue 6: the full
     * {@link Account} with its embeddables was hydrated, snapshotted and dirty-checked at the listener's commit for
     * every notification, about 5 per order).
     */
    @Query("select new dev.agora.identity.internal.MailContactRow(a.id, a.email, a.displayName, a.locale) from Account a where a.id = :id")
    Optional<MailContactRow> findMailContactById(UUID id);

    boolean existsByEmail(String email);

    boolean existsByHandle(String handle);

    // Login bookkeeping as single UPDATEs: concurrent attempts on several nodes count correctly, and the
    // optimistic version is left alone so a failed login never breaks a profile edit.
    @Modifying
    @Query("update Account a set a.failedLogins = a.failedLogins + 1 where a.email = :email")
    int countFailedLogin(String email);

    @Modifying
    @Query("update Account a set a.lockedUntil = :until, a.failedLogins = 0 where a.email = :email and a.failedLogins >= :max")
    int lockAfterFailures(String email, int max, Instant until);

    @Modifying
    @Query("update Account a set a.failedLogins = 0 where a.id = :id and a.failedLogins > 0")
    int resetFailedLogins(UUID id);
    /** Loads an account whose version goes up on commit even if no column changes (versioned avatar URLs). */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select a from Account a where a.id = :id")
    Optional<Account> findForNewVersion(UUID id);

    // --- admin (issue 10): the console's member search and counts
    @Query("""
            select a from Account a where lower(a.email) like concat('%', :text, '%')
              or lower(a.displayName) like concat('%', :text, '%') or lower(a.handle) like concat('%', :text, '%')
            order by a.createdAt desc""")
    List<Account> search(String text, Pageable page);

    List<Account> findAllByOrderByCreatedAtDesc(Pageable page);

    long countByRoleNot(dev.agora.identity.Role role);

    long countBySuspensionUntilAfter(Instant now);

    long countByEmailVerifiedAtIsNull();
}
