package dev.agora;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The helpers end-to-end browser tests rely on, checked without starting a browser. */
class BrowserTestSupportTests extends BrowserTest {

    @Autowired
    JavaMailSender mail;

    @Test
    void latestMailLinkFindsTheLinkInTheNewestMailToARecipient() throws Exception {
        send("links@agora.test", "Old: http://localhost/verify?token=old");
        send("links@agora.test", "Confirm your address: http://localhost/verify?token=a1b2=c3 thanks");

        assertThat(latestMailLink("links@agora.test")).isEqualTo("http://localhost/verify?token=a1b2=c3");
    }

    private void send(String to, String text) throws Exception {
        MimeMessage message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom("no-reply@agora.test");
        helper.setTo(to);
        helper.setSubject("Link");
        helper.setText(text);
        mail.send(message);
    }
}
