package dev.agora.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByEmail(String email);

    Optional<Account> findByHandle(String handle);

    List<Account> findByEmailVerifiedAtIsNotNullOrderByCreatedAtDesc(Pageable page);

    boolean existsByEmail(String email);

    boolean existsByHandle(String handle);
}
