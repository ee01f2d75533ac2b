/** Outgoing mail: the {@link dev.agora.kernel.mail.Mailer} port, SMTP and database-outbox transports, templates. */
@NullMarked
package dev.agora.kernel.mail;

import org.jspecify.annotations.NullMarked;
