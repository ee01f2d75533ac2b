package dev.agora.identity.internal;

import dev.agora.kernel.privacy.PersonalData;
import dev.agora.kernel.privacy.PersonalDataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The account and public profile in a member's export, with the avatar files; never hashes or secrets. */
@Component
class IdentityPersonalData implements PersonalDataSource {

    private final AccountRepository accounts;
    private final ApiTokenRepository tokens;
    private final java.time.Clock clock;

    IdentityPersonalData(AccountRepository accounts, ApiTokenRepository tokens, java.time.Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "profile";
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(UUID accountId) {
        return accounts.findById(accountId).map(account -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("account", AccountAdministration.record(account, clock.instant()));
            data.put("profile", account.toPublicProfile());
            data.put("locale", account.locale().toLanguageTag());
            data.put("twoFactorEnabled", account.twoFactor().secret() != null);
            data.put("apiTokens", tokens.findByAccountId(accountId).stream()
                    .map(ApiToken::view).toList());
            List<String> files = new ArrayList<>();
            if (account.avatarKey() != null) {
                files.add(account.avatarKey() + AccountSettings.LARGE + ".jpg");
                files.add(account.avatarKey() + AccountSettings.SMALL + ".jpg");
            }
            return new PersonalData(data, files);
        }).orElseGet(() -> PersonalData.of(Map.of()));
    }
}
