package dev.agora.admin.internal.categories;

import dev.agora.listings.AttributeDefinition;
import dev.agora.listings.CategoryDraft;
import dev.agora.listings.CategoryView;
import dev.agora.listings.ListingType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The category form: the category's fields and its attribute schema as rows (a row with an empty key is dropped,
 * so clearing a key removes the attribute and the blank last row adds one). Options are comma-separated.
 */
public class CategoryForm {

    private String parentSlug = "";
    private String slug = "";
    private String name = "";
    private String nameDe = "";
    private String nameFr = "";
    private String nameEs = "";
    private String listingType = "ITEM";
    private boolean requiresApproval;
    private int position;
    private String reason = "";
    private List<Row> attributes = new ArrayList<>();

    public static CategoryForm of(CategoryView category, @Nullable String parentSlug) {
        CategoryForm form = new CategoryForm();
        form.parentSlug = parentSlug == null ? "" : parentSlug;
        form.slug = category.slug();
        form.name = category.name();
        form.nameDe = category.nameDe();
        form.nameFr = category.nameFr();
        form.nameEs = category.nameEs();
        form.listingType = category.listingType().name();
        form.requiresApproval = category.requiresApproval();
        form.position = category.position();
        category.attributes().forEach(a -> form.attributes.add(Row.of(a)));
        return form;
    }

    /** One empty row at the end to add an attribute without JavaScript. */
    public CategoryForm withBlankRow() {
        attributes.add(new Row());
        return this;
    }

    public CategoryDraft draft() {
        List<AttributeDefinition> schema = attributes.stream().filter(row -> !row.key.isBlank()).map(Row::definition).toList();
        ListingType type;
        try {
            type = ListingType.valueOf(listingType);
        } catch (IllegalArgumentException e) {
            type = null;
        }
        return new CategoryDraft(parentSlug.isBlank() ? null : parentSlug.strip(), slug.strip(), name.strip(),
                nameDe.strip(), nameFr.strip(), nameEs.strip(), type, requiresApproval, schema, position);
    }

    public static class Row {
        private String key = "";
        private String label = "";
        private String kind = "TEXT";
        private boolean required;
        private String options = "";
        private String unit = "";
        private String min = "";
        private String max = "";
        /** Issue 12: the label and the options (comma-separated, in the options' order) in de, fr, es. */
        private final java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
        private final java.util.Map<String, String> optionNames = new java.util.LinkedHashMap<>();

        static Row of(AttributeDefinition a) {
            Row row = new Row();
            row.key = a.key();
            row.label = a.label();
            row.kind = a.kind().name();
            row.required = a.required();
            row.options = String.join(", ", a.options());
            row.unit = a.unit() == null ? "" : a.unit();
            row.min = a.min() == null ? "" : a.min().toPlainString();
            row.max = a.max() == null ? "" : a.max().toPlainString();
            row.labels.putAll(a.labels());
            a.optionNames().forEach((language, names) -> row.optionNames.put(language, String.join(", ", names)));
            return row;
        }

        AttributeDefinition definition() {
            AttributeDefinition.Kind parsed;
            try {
                parsed = AttributeDefinition.Kind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                parsed = null;
            }
            List<String> optionList = Arrays.stream(options.split(",")).map(String::strip).filter(o -> !o.isEmpty()).toList();
            java.util.Map<String, String> labelMap = new java.util.LinkedHashMap<>();
            java.util.Map<String, List<String>> optionMap = new java.util.LinkedHashMap<>();
            for (String language : dev.agora.listings.Localised.TRANSLATIONS) {
                String translated = labels.getOrDefault(language, "").strip();
                if (!translated.isEmpty()) {
                    labelMap.put(language, translated);
                }
                String names = optionNames.getOrDefault(language, "");
                if (!names.isBlank()) {
                    optionMap.put(language, Arrays.stream(names.split(",", -1)).map(String::strip).toList());
                }
            }
            return new AttributeDefinition(key.strip(), label.isBlank() ? key.strip() : label.strip(), parsed, required,
                    optionList, unit.isBlank() ? null : unit.strip(), number(min), number(max), labelMap, optionMap);
        }

        /** Translated labels by language (form fields {@code attributes[i].labels[de]}). */
        public java.util.Map<String, String> getLabels() { return labels; }
        public java.util.Map<String, String> getOptionNames() { return optionNames; }

        private static @Nullable BigDecimal number(String text) {
            try {
                return text.isBlank() ? null : new BigDecimal(text.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key == null ? "" : key; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label == null ? "" : label; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind == null ? "" : kind; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean required) { this.required = required; }
        public String getOptions() { return options; }
        public void setOptions(String options) { this.options = options == null ? "" : options; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit == null ? "" : unit; }
        public String getMin() { return min; }
        public void setMin(String min) { this.min = min == null ? "" : min; }
        public String getMax() { return max; }
        public void setMax(String max) { this.max = max == null ? "" : max; }
    }

    public String getParentSlug() { return parentSlug; }
    public void setParentSlug(String parentSlug) { this.parentSlug = parentSlug == null ? "" : parentSlug; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug == null ? "" : slug; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name; }
    public String getNameDe() { return nameDe; }
    public void setNameDe(String nameDe) { this.nameDe = nameDe == null ? "" : nameDe; }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String nameFr) { this.nameFr = nameFr == null ? "" : nameFr; }
    public String getNameEs() { return nameEs; }
    public void setNameEs(String nameEs) { this.nameEs = nameEs == null ? "" : nameEs; }
    public String getListingType() { return listingType; }
    public void setListingType(String listingType) { this.listingType = listingType == null ? "" : listingType; }
    public boolean isRequiresApproval() { return requiresApproval; }
    public void setRequiresApproval(boolean requiresApproval) { this.requiresApproval = requiresApproval; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason == null ? "" : reason; }
    public List<Row> getAttributes() { return attributes; }
    public void setAttributes(List<Row> attributes) { this.attributes = attributes == null ? new ArrayList<>() : attributes; }
}
