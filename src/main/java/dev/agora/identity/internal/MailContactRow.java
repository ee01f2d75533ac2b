package dev.agora.identity.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.MailContact;
import java.util.Locale;
import java.util.UUID;

/** The columns of an account that a mail needs, read by a projection query (see {@link AccountRepository}). */
record MailContactRow(UUID id, String email, String displayName, String locale) {

    MailContact contact() {
        return new MailContact(new AccountId(id), email, displayName, Locale.forLanguageTag(locale));
    }
}
