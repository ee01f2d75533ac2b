package dev.agora.identity.internal.verification;

import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The development and test SMS gateway: sends nothing, logs the text and keeps the last hundred messages so
 * tests (and a developer reading the log) can read the code. Production configures a real gateway.
 */
@Component
@ConditionalOnProperty(name = "agora.identity.verification.sms-provider", havingValue = "sandbox", matchIfMissing = true)
public class SandboxSms implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(SandboxSms.class);

    public record Sms(String to, String text) {}

    private final ConcurrentLinkedDeque<Sms> sent = new ConcurrentLinkedDeque<>();

    @Override
    public void send(String e164Number, String text) {
        log.info("sandbox SMS to {}: {}", e164Number, text);
        sent.addFirst(new Sms(e164Number, text));
        while (sent.size() > 100) {
            sent.pollLast();
        }
    }

    /** The newest message to a number. */
    public Optional<Sms> lastTo(String e164Number) {
        return sent.stream().filter(sms -> sms.to().equals(e164Number)).findFirst();
    }
}
