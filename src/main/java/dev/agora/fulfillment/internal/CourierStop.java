package dev.agora.fulfillment.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One stop on a courier's list, in route order ({@code sequence} from 1 within its window). */
public record CourierStop(String jobId, String orderId, String listingTitle, String kind, String status, String zone,
        LocalDate day, int windowStart, int windowEnd, int sequence, @Nullable String address, double latitude,
        double longitude, boolean mine, boolean taken) {}
