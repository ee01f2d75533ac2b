package dev.agora.listings;

import java.util.List;

/** The languages the catalogue (category names, attribute labels and options) is kept in. English is the reference. */
public final class Localised {

    /** English first: it is the stored value and the fallback of every other. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");

    /** Every language but English: those a translation is entered for. */
    public static final List<String> TRANSLATIONS = List.of("de", "fr", "es");

    private Localised() {}
}
