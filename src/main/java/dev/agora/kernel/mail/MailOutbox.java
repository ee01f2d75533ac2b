package dev.agora.kernel.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The database outbox: works the same on every node, survives restarts, needs no mail server. */
@Component
class MailOutbox implements Mailer {

    record Kept(UUID id, String recipient, String subject, String text, String html, Instant createdAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void send(Mail mail) {
        jdbc.sql("INSERT INTO kernel_mail_outbox (id, recipient, subject, text_body, html_body, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), mail.to(), mail.subject(), mail.text(), mail.html(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    List<Kept> newest(int limit) {
        return jdbc.sql("SELECT id, recipient, subject, text_body, html_body, created_at FROM kernel_mail_outbox "
                        + "ORDER BY created_at DESC LIMIT ?")
                .param(limit)
                .query((rs, row) -> new Kept(
                        rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("text_body"), rs.getString("html_body"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
