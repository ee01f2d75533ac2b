/**
 * Fulfillment: delivery methods and their fees at checkout ({@link dev.agora.orders.DeliveryQuotes}), the platform
 * courier (tariff zones, pickup and delivery windows with capacity, courier jobs in route order, proof photos,
 * handoff codes), meetups with one-time codes, shipping with carriers and signed tracking webhooks, and the tracking
 * timeline. It proves handoffs to orders through platform transitions; see docs/fulfillment.md.
 */
@ApplicationModule(displayName = "Fulfillment", allowedDependencies = {"orders", "listings", "identity", "kernel"})
@NullMarked
package dev.agora.fulfillment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
