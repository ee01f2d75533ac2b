package dev.agora.messaging.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.messaging.*}. {@code leakage.policy}: {@code mask} replaces contact details before an order is
 * paid, {@code warn} delivers them but tells the sender, {@code block} refuses the message;
 * {@code allow-contact-after-payment} lifts the check once the buyer paid (meetups); the sender is flagged
 * for the trust module from the {@code flag-after}th attempt within 30 days.
 */
@ConfigurationProperties("agora.messaging")
record MessagingSettings(@DefaultValue Leakage leakage) {

    enum Policy { MASK, WARN, BLOCK }

    record Leakage(
            @DefaultValue("mask") Policy policy,
            @DefaultValue("true") boolean allowContactAfterPayment,
            @DefaultValue("3") int flagAfter) {}
}
