package dev.agora;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** A GreenMail SMTP server, one per test JVM, that the application under test sends its mail to. */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

    private static final GreenMail GREEN_MAIL = start();

    private static GreenMail start() {
        var server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    public static GreenMail greenMail() {
        return GREEN_MAIL;
    }

    /** Messages received so far for one recipient, oldest first. */
    public static List<MimeMessage> mailsTo(String recipient) {
        return Arrays.stream(GREEN_MAIL.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(address -> address.toString().contains(recipient));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    @Bean
    DynamicPropertyRegistrar mailServerProperties() {
        return registry -> {
            registry.add("spring.mail.host", () -> "127.0.0.1");
            registry.add("spring.mail.port", () -> GREEN_MAIL.getSmtp().getPort());
        };
    }
}
