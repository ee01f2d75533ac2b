package dev.agora.kernel.mail;

/**
 * Sends mail from {@code agora.mail.from}. Over SMTP when {@code spring.mail.host} is set; otherwise into the
 * database outbox shown at {@code /dev/outbox} on demo installations.
 */
public interface Mailer {

    void send(Mail mail);
}
