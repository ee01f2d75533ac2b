package dev.agora.kernel.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;

/**
 * Picks the mail transport. The embedded default sets {@code spring.mail.host} to an empty value, for which
 * Boot still builds a {@link JavaMailSender}; so the choice is made on the host having text, not on the bean.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    @Primary
    Mailer mailer(Environment environment, ObjectProvider<JavaMailSender> sender, MailOutbox outbox, MailSettings settings) {
        String host = environment.getProperty("spring.mail.host", "");
        JavaMailSender smtp = sender.getIfAvailable();
        if (StringUtils.hasText(host) && smtp != null) {
            log.info("Mail goes over SMTP via {}", host);
            return new SmtpMailer(smtp, settings.from());
        }
        log.info("No spring.mail.host: mail is kept in the database outbox (/dev/outbox on demo installations)");
        return outbox;
    }
}
