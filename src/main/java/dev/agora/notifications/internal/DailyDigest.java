package dev.agora.notifications.internal;

import static dev.agora.notifications.internal.NotificationStore.utc;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.MailContact;
import dev.agora.kernel.config.AgoraSettings;
import dev.agora.kernel.mail.MailTemplates;
import dev.agora.kernel.mail.Mailer;
import dev.agora.notifications.NotificationCategory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The daily digest: one mail per member who put categories in the digest ({@code DIGEST} channel), listing that
 * day's notifications of those categories (which got no mail of their own). It runs as a recurring task on the
 * kernel's db-scheduler, so exactly one node sends it each morning, at {@code agora.notifications.digest-time};
 * {@code notifications_digests} remembers each member's last digest, so nothing is listed twice and a missed day
 * is caught up (at most the last 7 days).
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    private static final Duration FIRST_DIGEST_LOOKBACK = Duration.ofDays(1);
    private static final Duration MAX_LOOKBACK = Duration.ofDays(7);

    record Item(String text, String link, Instant at) {}

    private final JdbcClient jdbc;
    private final IdentityManagement identity;
    private final MailTemplates templates;
    private final Mailer mailer;
    private final UnsubscribeTokens tokens;
    private final AgoraSettings agora;
    private final Clock clock;

    DailyDigest(JdbcClient jdbc, IdentityManagement identity, MailTemplates templates, Mailer mailer,
            UnsubscribeTokens tokens, AgoraSettings agora, Clock clock) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.templates = templates;
        this.mailer = mailer;
        this.tokens = tokens;
        this.agora = agora;
        this.clock = clock;
    }

    /** Sends every due digest; returns how many mails went out. */
    int sendDue() {
        Instant now = clock.instant();
        List<UUID> members = jdbc.sql("SELECT DISTINCT account_id FROM notifications_preferences "
                        + "WHERE channel = 'DIGEST' AND enabled = TRUE")
                .query(UUID.class).list();
        int sent = 0;
        for (UUID member : members) {
            try {
                if (send(new AccountId(member), now)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                // one member's failing address must not keep the others' digests back
                log.warn("Daily digest for {} failed: {}", member, e.toString());
            }
        }
        return sent;
    }

    private boolean send(AccountId member, Instant now) {
        List<String> categories = jdbc.sql("SELECT category FROM notifications_preferences "
                        + "WHERE account_id = ? AND channel = 'DIGEST' AND enabled = TRUE")
                .param(member.value()).query(String.class).list();
        Instant since = jdbc.sql("SELECT last_sent_at FROM notifications_digests WHERE account_id = ?")
                .param(member.value()).query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant)
                .orElse(now.minus(FIRST_DIGEST_LOOKBACK));
        if (since.isBefore(now.minus(MAX_LOOKBACK))) {
            since = now.minus(MAX_LOOKBACK);
        }
        List<Item> items = jdbc.sql("SELECT text, link, created_at FROM notifications_items WHERE recipient_id = :member "
                        + "AND category IN (:categories) AND created_at > :since AND created_at <= :now ORDER BY created_at")
                .param("member", member.value()).param("categories", categories)
                .param("since", utc(since)).param("now", utc(now))
                .query((rs, n) -> new Item(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
        MailContact contact = identity.mailContact(member).orElse(null);
        if (!items.isEmpty() && contact != null) {
            String base = agora.baseUrl().toString().replaceAll("/$", "");
            String unsubscribe = base + "/notifications/unsubscribe/one-click?token="
                    + tokens.issue(member, NotificationCategory.valueOf(categories.getFirst()));
            var mail = templates.render(contact.email(), contact.locale(), "notifications/digest",
                    "notifications.digest.subject", Map.of("name", contact.displayName(), "items", items,
                            "base", base, "preferences", base + "/me/notifications/preferences"));
            mailer.send(mail.withHeader("List-Unsubscribe", "<" + unsubscribe + ">")
                    .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        }
        if (jdbc.sql("UPDATE notifications_digests SET last_sent_at = ? WHERE account_id = ?")
                .params(utc(now), member.value()).update() == 0) {
            jdbc.sql("INSERT INTO notifications_digests (account_id, last_sent_at) VALUES (?, ?)")
                    .params(member.value(), utc(now)).update();
        }
        return !items.isEmpty() && contact != null;
    }

    /** The recurring task on the kernel's shared scheduler (see {@code dev.agora.kernel.scheduling}). */
    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> dailyDigestTask(DailyDigest digest, NotificationsSettings settings) {
            return Tasks.recurring("notifications-daily-digest",
                            Schedules.daily(settings.digestZone(), settings.digestTime()))
                    .execute((instance, context) -> digest.sendDue());
        }
    }
}
