package dev.agora.listings;

import dev.agora.identity.AccountId;

/** The cancellation policy of each rental or service listing, chosen by its seller. */
public interface CancellationPolicies {

    /** The listing's policy, {@link CancellationPolicy#STANDARD} when the seller chose none. */
    CancellationPolicy of(ListingId listing);

    /** Sets the policy; only the listing's seller may ({@link NotYourListingException} otherwise). */
    void choose(AccountId seller, ListingId listing, CancellationPolicy policy);
}
