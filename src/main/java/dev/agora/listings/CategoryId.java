package dev.agora.listings;

import java.util.UUID;

public record CategoryId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
