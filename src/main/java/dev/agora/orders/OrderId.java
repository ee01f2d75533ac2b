package dev.agora.orders;

import java.util.UUID;

/** Identifies an order; other modules keep this, never the order. */
public record OrderId(UUID value) {

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    /** Parses an id, throwing {@link OrderNotFoundException} for anything that is not one. */
    public static OrderId of(String value) {
        try {
            return new OrderId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new OrderNotFoundException(value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
