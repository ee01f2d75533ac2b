package dev.agora.kernel.mail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Removes the outbox copies of mail sent to an address, when its owner's account is erased. */
@Component
public class OutboxErasure {

    private final JdbcClient jdbc;

    OutboxErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int forget(String recipient) {
        return jdbc.sql("DELETE FROM kernel_mail_outbox WHERE LOWER(recipient) = LOWER(?)").param(recipient).update();
    }
}
