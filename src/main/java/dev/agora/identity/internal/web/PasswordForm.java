package dev.agora.identity.internal.web;

import org.jspecify.annotations.Nullable;

/** The change-password part of the settings page; never shown back. */
record PasswordForm(@Nullable String currentPassword, @Nullable String newPassword) {}
