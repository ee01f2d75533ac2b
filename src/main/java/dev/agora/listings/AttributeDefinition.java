package dev.agora.listings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One attribute of a category's schema, e.g. brand (text), size (enum), frame height (number, cm, 40–70).
 *
 * @param label the English label (the operator's reference language)
 * @param options allowed values of an enum (the stored value, English by convention)
 * @param unit shown after a number, e.g. "cm"
 * @param min smallest allowed number, inclusive
 * @param max largest allowed number, inclusive (for text: the longest length)
 * @param labels the label in other languages ({@link Localised#LANGUAGES} but English), by language code
 * @param optionNames an enum's options shown in other languages, by language code: a list aligned with
 *     {@code options}, blank where not translated
 */
public record AttributeDefinition(
        String key,
        String label,
        Kind kind,
        boolean required,
        List<String> options,
        @Nullable String unit,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max,
        Map<String, String> labels,
        Map<String, List<String>> optionNames) {

    public AttributeDefinition {
        options = options == null ? List.of() : List.copyOf(options);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        optionNames = optionNames == null ? Map.of() : Map.copyOf(optionNames);
    }

    /** Without translations (shown in English everywhere). */
    public AttributeDefinition(String key, String label, Kind kind, boolean required, List<String> options,
            @Nullable String unit, @Nullable BigDecimal min, @Nullable BigDecimal max) {
        this(key, label, kind, required, options, unit, min, max, Map.of(), Map.of());
    }

    /** The label in the visitor's language, English when it has no translation. */
    public String labelIn(Locale locale) {
        String translated = labels.get(locale.getLanguage());
        return translated == null || translated.isBlank() ? label : translated;
    }

    /** An option's name in the visitor's language, the stored value when it has no translation. */
    public String optionIn(String option, Locale locale) {
        List<String> names = optionNames.get(locale.getLanguage());
        int index = options.indexOf(option);
        if (names == null || index < 0 || index >= names.size() || names.get(index).isBlank()) {
            return option;
        }
        return names.get(index);
    }

    /** The option's names in every language it has (the stored value first), for search across languages. */
    public List<String> optionNamesOf(String option) {
        List<String> all = new ArrayList<>(List.of(option));
        int index = options.indexOf(option);
        if (index >= 0) {
            optionNames.values().forEach(names -> {
                if (index < names.size() && !names.get(index).isBlank() && !all.contains(names.get(index))) {
                    all.add(names.get(index));
                }
            });
        }
        return all;
    }

    /** The same definition with these translations (used by forms and the demo catalogue). */
    public AttributeDefinition translated(Map<String, String> newLabels, Map<String, List<String>> newOptionNames) {
        return new AttributeDefinition(key, label, kind, required, options, unit, min, max,
                new LinkedHashMap<>(newLabels), new LinkedHashMap<>(newOptionNames));
    }

    public enum Kind {
        ENUM,
        NUMBER,
        TEXT,
        BOOLEAN
    }
}
