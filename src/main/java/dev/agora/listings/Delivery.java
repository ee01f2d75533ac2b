package dev.agora.listings;

import dev.agora.kernel.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The handoffs a seller offers: platform courier pickup, meetup, shipping with a fee. The fulfillment module
 * gives them behaviour; here they are only what the seller agreed to.
 */
public record Delivery(boolean courier, boolean meetup, boolean shipping, @Nullable Money shippingFee) {}
