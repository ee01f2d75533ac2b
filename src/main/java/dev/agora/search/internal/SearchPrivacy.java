package dev.agora.search.internal;

import dev.agora.identity.AccountErased;
import dev.agora.kernel.privacy.PersonalData;
import dev.agora.kernel.privacy.PersonalDataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Favourites and saved searches in a member's export; on account erasure they are deleted and the member's
 * listings leave the index at once (through the repository, so the Lucene index drops them too).
 */
@Component
class SearchPrivacy implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final SearchListingRepository documents;

    SearchPrivacy(JdbcClient jdbc, SearchListingRepository documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    @Override
    public String section() {
        return "favourites-and-saved-searches";
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(UUID accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("favourites", jdbc.sql("SELECT listing_id, created_at FROM search_favourite WHERE account_id = ?")
                .param(accountId).query().listOfRows());
        data.put("savedSearches", jdbc.sql("SELECT id, name, query, created_at FROM search_saved_search WHERE account_id = ?")
                .param(accountId).query().listOfRows());
        return PersonalData.of(data);
    }

    @ApplicationModuleListener
    void on(AccountErased erased) {
        UUID member = erased.accountId().value();
        jdbc.sql("DELETE FROM search_favourite WHERE account_id = ?").param(member).update();
        jdbc.sql("DELETE FROM search_saved_search_alert WHERE saved_search_id IN "
                + "(SELECT id FROM search_saved_search WHERE account_id = ?)").param(member).update();
        jdbc.sql("DELETE FROM search_saved_search WHERE account_id = ?").param(member).update();
        jdbc.sql("SELECT id FROM search_listings WHERE seller_id = ?").param(member).query(UUID.class).list()
                .forEach(documents::deleteById);
    }
}
