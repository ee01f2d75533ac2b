package dev.agora.listings;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A bookable time slot of a service, repeated every week: e.g. Tuesdays 18:00 for 90 minutes, 4 places.
 * Times are local to the marketplace's zone ({@code agora.listings.slots.time-zone}).
 */
public record WeeklySlot(DayOfWeek day, LocalTime start, int durationMinutes, int capacity) {}
