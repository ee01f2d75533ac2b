package dev.agora.listings;

/** The state of a thing for sale or for rent (schema.org's itemCondition is derived from it). */
public enum ItemCondition {
    NEW,
    LIKE_NEW,
    GOOD,
    FAIR,
    FOR_PARTS
}
