package dev.agora.trust.internal.moderation;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.mail.MailTemplates;
import dev.agora.kernel.mail.Mailer;
import java.time.Instant;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Tells a member about an action against them, in their language, with the policy reason and how to appeal. */
@Component
class ModerationMail {

    private final IdentityManagement identity;
    private final MailTemplates templates;
    private final Mailer mailer;
    private final String baseUrl;

    ModerationMail(IdentityManagement identity, MailTemplates templates, Mailer mailer, @Value("${agora.base-url}") String baseUrl) {
        this.identity = identity;
        this.templates = templates;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
    }

    void tell(AccountId member, ModerationAction action, ReasonTemplate template, String note, String subjectTitle,
            @Nullable Instant until) {
        identity.mailContact(member).ifPresent(contact -> {
            var variables = new HashMap<String, Object>();
            variables.put("name", contact.displayName());
            variables.put("actionKey", action.messageKey());
            variables.put("reasonKey", template.messageKey());
            variables.put("note", note);
            variables.put("subject", subjectTitle);
            variables.put("until", until == null ? "" : until.toString().substring(0, 10));
            variables.put("link", baseUrl + "/me/moderation");
            mailer.send(templates.render(contact.email(), contact.locale(), "trust/moderation", "mail.trust.moderation.subject",
                    variables));
        });
    }
}
