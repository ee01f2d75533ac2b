package dev.agora.search.internal.web;

import dev.agora.listings.AttributeDefinition;
import dev.agora.listings.CategoryView;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names for the attribute facets of the sidebar. A category's attribute schema carries one label (the operator's
 * language); {@code search.attribute.<key>} in the message bundles translates the common keys, the schema's label
 * stands for the rest. Values: yes/no for booleans, the number with its unit, an enum option through
 * {@code search.attribute.<key>.<option>} when translated, else as entered.
 */
@Component
class FacetLabels {

    /** A facet's heading and its values' display names (facet value → shown text). */
    record Labels(Map<String, String> headings, Map<String, Map<String, String>> values) {}

    private final MessageSource messages;

    FacetLabels(MessageSource messages) {
        this.messages = messages;
    }

    Labels of(@Nullable CategoryView category, Map<String, Map<String, Long>> facets, Locale locale) {
        Map<String, String> headings = new HashMap<>();
        Map<String, Map<String, String>> values = new HashMap<>();
        if (category == null) {
            return new Labels(headings, values);
        }
        for (AttributeDefinition attribute : category.attributes()) {
            String facet = "attr." + attribute.key();
            // issue 12: the operator's translation in the schema first, then the message bundles, then the label
            String translated = attribute.labels().get(locale.getLanguage());
            headings.put(facet, translated != null && !translated.isBlank() ? translated
                    : message("search.attribute." + attribute.key(), attribute.labelIn(locale), locale));
            Map<String, String> shown = new HashMap<>();
            facets.getOrDefault(facet, Map.of()).keySet().forEach(value -> shown.put(value, value(attribute, value, locale)));
            values.put(facet, shown);
        }
        return new Labels(headings, values);
    }

    private String value(AttributeDefinition attribute, String value, Locale locale) {
        return switch (attribute.kind()) {
            case BOOLEAN -> message("search.attribute.boolean." + value, value, locale);
            case NUMBER -> attribute.unit() == null ? value : value + " " + attribute.unit();
            case ENUM -> !attribute.optionIn(value, locale).equals(value) ? attribute.optionIn(value, locale)
                    : message("search.attribute." + attribute.key() + "." + value.replace(' ', '_'), value, locale);
            case TEXT -> value;
        };
    }

    private String message(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
