package dev.agora.kernel.mail;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from {@code classpath:mail/<name>.txt} and {@code .html} in the recipient's language, with
 * texts from the same message bundles as the pages. Separate engines keep mail templates out of page lookup.
 */
@Component
public class MailTemplates {

    private final TemplateEngine text;
    private final TemplateEngine html;
    private final MessageSource messages;

    MailTemplates(MessageSource messages) {
        this.messages = messages;
        this.text = engine(TemplateMode.TEXT, ".txt", messages);
        this.html = engine(TemplateMode.HTML, ".html", messages);
    }

    /** The subject is the message {@code subjectKey}; variables are visible to both templates. */
    public Mail render(String to, Locale locale, String template, String subjectKey, Map<String, Object> variables) {
        var context = new Context(locale, variables);
        String subject = messages.getMessage(subjectKey, null, locale);
        return new Mail(to, subject, text.process(template, context), html.process(template, context));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix, MessageSource messages) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
