package dev.agora.kernel.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code agora.mail.*}: {@code from} is the sender every mail carries, e.g. {@code Agora <no-reply@example.org>}. */
@ConfigurationProperties("agora.mail")
public record MailSettings(String from) {}
