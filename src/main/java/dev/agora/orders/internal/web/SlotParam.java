package dev.agora.orders.internal.web;

import dev.agora.kernel.validation.InvalidInputException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** A slot start as forms and the API send it ({@code 2026-12-08T18:00}); blank is none. */
public final class SlotParam {

    private SlotParam() {}

    public static @Nullable LocalDateTime parse(@Nullable String slot) {
        if (slot == null || slot.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(slot.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("slot", "orders.slot.invalid", "not a slot start like 2026-12-08T18:00");
        }
    }
}
