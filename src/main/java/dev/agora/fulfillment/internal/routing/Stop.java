package dev.agora.fulfillment.internal.routing;

/** A place a courier visits; {@code id} ties it back to a job. */
public record Stop(String id, double latitude, double longitude) {}
