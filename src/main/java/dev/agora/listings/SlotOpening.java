package dev.agora.listings;

import java.time.LocalDateTime;

/** One dated occurrence of a {@link WeeklySlot} a buyer can pick, with how many places are still free. */
public record SlotOpening(LocalDateTime start, LocalDateTime end, int capacity, int left) {

    public boolean full() {
        return left <= 0;
    }
}
