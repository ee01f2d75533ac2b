package dev.agora.reviews.internal;

import dev.agora.identity.AccountErased;
import dev.agora.kernel.privacy.PersonalData;
import dev.agora.kernel.privacy.PersonalDataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews and data protection: the member's reviews (written and received) in their export; on account erasure the
 * texts they wrote (reviews and replies) are removed while the star ratings stay, so the other side's reputation does
 * not change. The rows keep the erased account's bare id, whose profile identity already pseudonymised ("Deleted
 * member"), so the ratings count as an anonymous member's.
 */
@Component
class ReviewsPrivacy implements PersonalDataSource {

    private static final Logger log = LoggerFactory.getLogger(ReviewsPrivacy.class);

    private final JdbcClient jdbc;

    ReviewsPrivacy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "reviews";
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(UUID accountId) {
        String columns = "SELECT id, order_id, author_id, subject_id, author_role, rating, body, as_described, communication, "
                + "handoff, submitted_at, published_at, reply, replied_at FROM reviews ";
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("written", jdbc.sql(columns + "WHERE author_id = ? ORDER BY submitted_at").param(accountId).query().listOfRows());
        // reviews about the member only once published: a blind review belongs to its author until then
        data.put("received", jdbc.sql(columns + "WHERE subject_id = ? AND published_at IS NOT NULL ORDER BY published_at")
                .param(accountId).query().listOfRows());
        return PersonalData.of(data);
    }

    @ApplicationModuleListener
    void on(AccountErased erased) {
        UUID member = erased.accountId().value();
        int texts = jdbc.sql("UPDATE reviews SET body = '' WHERE author_id = ? AND body <> ''").param(member).update();
        int replies = jdbc.sql("UPDATE reviews SET reply = NULL, replied_at = NULL WHERE subject_id = ? AND reply IS NOT NULL")
                .param(member).update();
        log.info("Erasure: removed the texts of {} reviews and {} replies by {}", texts, replies, member);
    }
}
