package dev.agora.messaging.internal.leakage;

/** A contact detail found in a message: its kind and its span {@code [start, end)} in the original text. */
public record Finding(ContactKind kind, int start, int end) {

    boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
