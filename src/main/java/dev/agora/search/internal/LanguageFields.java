package dev.agora.search.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Issue 12: the title and description once more in the fields of the listing's own language ({@code title_en},
 * {@code description_de}, ...), each with that language's analyser (stemming, stop words, elision). A listing of
 * unknown language has none of them and is found through the neutral {@code title}/{@code description} only.
 * Queries search every language's fields, each analysing the query its own way (see {@link SearchPredicates}).
 */
public class LanguageFields implements TypeBinder {

    /** The analyser of each language's fields (defined in {@link SearchAnalysis} and {@link SearchElasticsearchAnalysis}). */
    static final Map<String, String> ANALYSERS = Map.of("en", "english", "de", "german", "fr", "french", "es", "spanish");

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("description").use("language");
        IndexFieldTypeFactory types = context.typeFactory();
        Map<String, IndexFieldReference<String>> titles = new LinkedHashMap<>();
        Map<String, IndexFieldReference<String>> descriptions = new LinkedHashMap<>();
        for (String language : ListingLanguage.LANGUAGES) {
            var type = types.asString().analyzer(ANALYSERS.get(language)).toIndexFieldType();
            titles.put(language, context.indexSchemaElement().field("title_" + language, type).toReference());
            descriptions.put(language, context.indexSchemaElement().field("description_" + language, type).toReference());
        }
        context.bridge(SearchListing.class, new Bridge(titles, descriptions));
    }

    private record Bridge(Map<String, IndexFieldReference<String>> titles,
            Map<String, IndexFieldReference<String>> descriptions) implements TypeBridge<SearchListing> {

        @Override
        public void write(DocumentElement target, SearchListing listing, TypeBridgeWriteContext context) {
            String language = listing.getLanguage();
            if (titles.containsKey(language)) {
                target.addValue(titles.get(language), listing.getTitle());
                target.addValue(descriptions.get(language), listing.getDescription());
            }
        }
    }
}
