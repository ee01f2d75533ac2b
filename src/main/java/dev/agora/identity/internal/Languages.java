package dev.agora.identity.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The languages a member can say they speak: ISO 639-1 codes, named in the reader's language. */
public final class Languages {

    static final Set<String> CODES = Set.of(Locale.getISOLanguages());

    public record Language(String code, String name) {}

    private Languages() {}

    public static String name(String code, Locale reader) {
        String name = Locale.of(code).getDisplayLanguage(reader);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    public static List<Language> choices(Locale reader) {
        Collator collator = Collator.getInstance(reader);
        return CODES.stream()
                .map(code -> new Language(code, name(code, reader)))
                .sorted(Comparator.comparing(Language::name, collator))
                .toList();
    }
}
