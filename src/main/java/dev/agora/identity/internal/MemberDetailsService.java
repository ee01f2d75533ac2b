package dev.agora.identity.internal;

import dev.agora.identity.Member;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MemberDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    MemberDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Member loadUserByUsername(String email) {
        return accounts.findByEmail(email.trim().toLowerCase(Locale.ROOT))
                .map(account -> account.toMember(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
