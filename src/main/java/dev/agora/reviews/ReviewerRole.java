package dev.agora.reviews;

/** Which side of the order wrote a review. */
public enum ReviewerRole {
    BUYER,
    SELLER
}
