package dev.agora.identity.internal;

import dev.agora.identity.AccountId;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Consent to marketing email: off until the member turns it on in settings; the time of consent is kept as proof. */
@Service
public class MarketingConsent {

    private final AccountRepository accounts;
    private final Clock clock;

    MarketingConsent(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean given(AccountId id) {
        return accounts.findById(id.value()).map(account -> account.marketingConsentAt() != null).orElse(false);
    }

    @Transactional
    public void change(AccountId id, boolean consent) {
        accounts.findById(id.value()).orElseThrow().consentToMarketing(consent, clock.instant());
    }
}
