package dev.agora.identity;

import java.util.Locale;

/** Where and in which language a member gets mail; for modules that notify members (notifications). */
public record MailContact(AccountId id, String email, String displayName, Locale locale) {}
