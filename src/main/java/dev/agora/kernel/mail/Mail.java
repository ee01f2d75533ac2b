package dev.agora.kernel.mail;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One outgoing mail with a plain-text and an HTML body (clients pick the one they show) and extra headers
 * such as {@code List-Unsubscribe} (notifications).
 */
public record Mail(String to, String subject, String text, String html, Map<String, String> headers) {

    public Mail {
        headers = Map.copyOf(headers);
    }

    public Mail(String to, String subject, String text, String html) {
        this(to, subject, text, html, Map.of());
    }

    public Mail withHeader(String name, String value) {
        var more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Mail(to, subject, text, html, more);
    }
}
