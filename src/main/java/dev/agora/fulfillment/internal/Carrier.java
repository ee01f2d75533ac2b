package dev.agora.fulfillment.internal;

import dev.agora.kernel.validation.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Carriers a seller can ship with, each with its tracking number format. {@code SANDBOX} is the demo carrier: it
 * advances tracking by itself through the same signed-webhook path a real carrier uses.
 */
public enum Carrier {
    DHL("^(\\d{10}|\\d{12}|\\d{20}|JJD\\d{18})$", "00340434161234567890"),
    DPD("^\\d{14}$", "01234567890123"),
    UPS("^1Z[0-9A-Z]{16}$", "1Z999AA10123456784"),
    HERMES("^(\\d{14}|H\\d{19})$", "12345678901234"),
    GLS("^(\\d{11}|[0-9A-Z]{8})$", "12345678901"),
    SANDBOX("^SBX\\d{8}$", "SBX12345678");

    private final Pattern format;
    private final String example;

    Carrier(String format, String example) {
        this.format = Pattern.compile(format);
        this.example = example;
    }

    public String example() {
        return example;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Carrier of(String value) {
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst().orElseThrow(() -> InvalidInputException.of("carrier", "fulfillment.carrier.unknown",
                        "Choose one of " + Arrays.stream(values()).map(Carrier::code).toList()));
    }

    /** The tracking number without spaces, upper case; refused when it does not have this carrier's format. */
    String checked(String trackingNumber) {
        String normalised = (trackingNumber == null ? "" : trackingNumber).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!format.matcher(normalised).matches()) {
            throw InvalidInputException.of("trackingNumber", "fulfillment.tracking.format",
                    "This is not a " + name() + " tracking number (for example " + example + ")");
        }
        return normalised;
    }
}
