package dev.agora.trust.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code agora.trust.*}: dispute deadlines, fraud rules and thresholds, seller levels and incentives (docs/trust.md). */
@ConfigurationProperties("agora.trust")
public record TrustSettings(@DefaultValue Disputes disputes, @DefaultValue Fraud fraud, @DefaultValue Levels levels,
        @DefaultValue Moderation moderation) {

    /**
     * @param sellerAnswer how long the seller has to answer before the dispute is decided for the buyer
     * @param maxPhotos evidence photos per message
     */
    public record Disputes(@DefaultValue("3d") Duration sellerAnswer, @DefaultValue("6") int maxPhotos) {}

    /**
     * @param holdThreshold a listing or order scoring this much or more (0–100) is held for review
     * @param newAccount how long an account counts as new for the velocity rules
     * @param listingsPerDay a new account's listings in 24 h above this score {@code velocityWeight}
     * @param newAccountOrderValueMinor a new account's order above this (minor units) scores {@code orderValueWeight}
     * @param belowMedianPercent a price below this share of the category median scores {@code belowMedianWeight}
     * @param medianSample at least this many published listings make a category median
     */
    public record Fraud(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("70") int holdThreshold,
            @DefaultValue("7d") Duration newAccount,
            @DefaultValue("5") int listingsPerDay,
            @DefaultValue("50000") long newAccountOrderValueMinor,
            @DefaultValue("30") int belowMedianPercent,
            @DefaultValue("5") int medianSample,
            @DefaultValue("35") int velocityWeight,
            @DefaultValue("40") int orderValueWeight,
            @DefaultValue("30") int sharedFingerprintWeight,
            @DefaultValue("35") int belowMedianWeight,
            @DefaultValue("30") int leakageWeight) {}

    /**
     * @param risingCompleted completed orders for RISING, {@code topCompleted} for TOP
     * @param risingMinRating / {@code topMinRating}: the rating needed when a rating source knows one
     * @param maxDisputeRate / {@code maxCancellationRate}: shares of orders (0–1) a TOP seller stays under
     * @param topMaxResponse a TOP seller's average reply time stays under this
     * @param strikeLifetime how long a strike counts; each active strike lowers the level by one
     * @param strikeHoldDays payout hold days added per active strike
     * @param topHoldDays payout hold days taken off for TOP sellers without strikes
     * @param commissionStepBasisPoints commission taken off per level above NEW for sellers without strikes
     */
    public record Levels(
            @DefaultValue("5") int risingCompleted,
            @DefaultValue("25") int topCompleted,
            @DefaultValue("4.0") double risingMinRating,
            @DefaultValue("4.5") double topMinRating,
            @DefaultValue("0.05") double maxDisputeRate,
            @DefaultValue("0.05") double maxCancellationRate,
            @DefaultValue("4h") Duration topMaxResponse,
            @DefaultValue("90d") Duration strikeLifetime,
            @DefaultValue("2") int strikeHoldDays,
            @DefaultValue("2") int topHoldDays,
            @DefaultValue("100") int commissionStepBasisPoints) {}

    /** @param appealWindow how long a member may appeal an action; {@code suspension} the default suspension length */
    public record Moderation(@DefaultValue("14d") Duration appealWindow, @DefaultValue("7d") Duration suspension) {}
}
