package dev.agora.identity.internal.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The placeholder shown instead of a missing avatar: "Sam Seller" → "SS". */
final class Initials {

    private Initials() {}

    static String of(String displayName) {
        return Arrays.stream(displayName.strip().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .limit(2)
                .map(word -> word.substring(0, Character.charCount(word.codePointAt(0))))
                .collect(Collectors.joining())
                .toUpperCase(Locale.ROOT);
    }
}
