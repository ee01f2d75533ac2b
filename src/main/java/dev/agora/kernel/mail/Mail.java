package dev.agora.kernel.mail;

/** One outgoing mail with a plain-text and an HTML body (clients pick the one they show). */
public record Mail(String to, String subject, String text, String html) {}
