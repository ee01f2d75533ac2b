package dev.agora.fulfillment.internal;

import java.time.LocalDate;

/** A bookable window of a zone with the places left. */
public record Window(LocalDate day, int startHour, int endHour, int left) {

    public String value() {
        return day + "T" + startHour;
    }
}
