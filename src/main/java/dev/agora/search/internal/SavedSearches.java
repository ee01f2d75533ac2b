package dev.agora.search.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Members' saved searches: the query string of {@code /search}, checked like any search when saved. */
@Service
public class SavedSearches {

    static final int MAX_PER_MEMBER = 50;

    public record SavedSearch(UUID id, String name, String query) {}

    record Owned(UUID id, UUID owner, String name, String query) {}

    private final JdbcClient jdbc;
    private final SearchRequests requests;
    private final Clock clock;

    SavedSearches(JdbcClient jdbc, SearchRequests requests, Clock clock) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.clock = clock;
    }

    public SavedSearch save(AccountId owner, String name, String query) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw InvalidInputException.of("name", "name.length", "must be 1 to 100 characters");
        }
        String cleanQuery = query == null ? "" : query.strip().replaceFirst("^\\?", "");
        if (cleanQuery.length() > 2000) {
            throw InvalidInputException.of("query", "query.length", "must be at most 2000 characters");
        }
        requests.parse(params(cleanQuery)); // refuses what a search would refuse
        if (of(owner).size() >= MAX_PER_MEMBER) {
            throw InvalidInputException.of("query", "saved-searches.limit", "at most " + MAX_PER_MEMBER + " saved searches");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO search_saved_search (id, account_id, name, query, created_at) VALUES (:id, :owner, :name, :query, :at)")
                .param("id", id).param("owner", owner.value()).param("name", cleanName).param("query", cleanQuery)
                .param("at", Timestamp.from(clock.instant())).update();
        return new SavedSearch(id, cleanName, cleanQuery);
    }

    public List<SavedSearch> of(AccountId owner) {
        return jdbc.sql("SELECT id, name, query FROM search_saved_search WHERE account_id = :owner ORDER BY created_at, id")
                .param("owner", owner.value())
                .query((rs, i) -> new SavedSearch(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
    }

    public void delete(AccountId owner, UUID id) {
        jdbc.sql("DELETE FROM search_saved_search WHERE id = :id AND account_id = :owner")
                .param("id", id).param("owner", owner.value()).update();
    }

    List<Owned> all() {
        return jdbc.sql("SELECT id, account_id, name, query FROM search_saved_search")
                .query((rs, i) -> new Owned(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4))).list();
    }

    /** Records the alert; false when this listing already alerted this saved search. */
    boolean firstAlert(UUID savedSearch, UUID listing) {
        return jdbc.sql("""
                INSERT INTO search_saved_search_alert (saved_search_id, listing_id, alerted_at)
                SELECT :search, :listing, :at WHERE NOT EXISTS (
                    SELECT 1 FROM search_saved_search_alert WHERE saved_search_id = :search AND listing_id = :listing)""")
                .param("search", savedSearch).param("listing", listing).param("at", Timestamp.from(clock.instant()))
                .update() == 1;
    }

    static MultiValueMap<String, String> params(String query) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (String pair : query.split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            if (!value.isBlank() && !key.equals("cursor")) {
                params.add(key, value);
            }
        }
        return params;
    }
}
