package dev.agora.fulfillment.internal;

import dev.agora.kernel.money.Money;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agora.fulfillment.*}: the courier tariff (zones), the windows and their capacity, reschedule and code
 * limits, the carrier webhook secrets (one per carrier) and the courier cost model of the dispatch board and the simulation.
 *
 * @param windowStartHours the hours (local to the zone, UTC here) at which pickup/delivery windows start
 * @param windowCapacity jobs (pickups and deliveries together) one zone takes per window
 * @param maxReschedules failed pickups or deliveries that may be rebooked before the order is refunded
 * @param codeTries wrong handoff codes before the code locks
 * @param carrierWebhookSecrets HMAC key per carrier code ({@code dhl}, {@code ups}, ..., {@code sandbox})
 */
@ConfigurationProperties("agora.fulfillment")
public record FulfillmentSettings(List<Zone> zones, List<Integer> windowStartHours, int windowHours, int windowCapacity,
        int maxReschedules, int codeTries, Map<String, String> carrierWebhookSecrets, Duration sandboxCarrierStep, Cost cost,
        Rental rental) {

    /**
     * A tariff zone: a radius around a city centre. Fee = base + per-km × road distance, less the batching discount
     * when other pickups in the zone are already booked for the coming days (they share a route).
     */
    public record Zone(String name, double latitude, double longitude, double radiusKm, String currency, String baseFee,
            String perKmFee, int batchingDiscountBasisPoints, @org.jspecify.annotations.Nullable Integer windowCapacity) {

        Money base() {
            return Money.of(baseFee, currency);
        }

        Money perKm() {
            return Money.of(perKmFee, currency);
        }
    }

    /**
     * Issue 7: rental returns. Each started day after the end of the rental period costs {@code lateFeePerDay} (in the
     * order's currency, taken from the deposit, at most all of it); not back {@code returnGrace} after the end and
     * an operator reviews the order.
     */
    public record Rental(String lateFeePerDay, Duration returnGrace) {}

    /** What a route costs the operator: per driven km, per stop, and a fixed cost per route (a courier's shift start). */
    public record Cost(long perKmMinor, long perStopMinor, long perRouteMinor) {}
}
