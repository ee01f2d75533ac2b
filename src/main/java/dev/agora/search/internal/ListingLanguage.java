package dev.agora.search.internal;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which of the analysed languages (English, German, French, Spanish) a listing is written in, from its title and
 * description: n-gram profiles of the optimaize language detector (inside its jar, offline), limited to those four
 * so a listing is never sent to an analyser we do not have. Below {@link #MIN_PROBABILITY} the language is unknown
 * ({@code ""}) and the listing is analysed neutrally only (see docs/decisions/0015-search-across-languages.md).
 */
@Component
class ListingLanguage {

    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");
    static final String UNKNOWN = "";
    /** Not tuned (a round value; the suite was run with it only): below it a wrong stemmer costs more than none. */
    static final double MIN_PROBABILITY = 0.7;
    private static final int MAX_CHARACTERS = 2000;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();

    ListingLanguage() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().read(LANGUAGES))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("language profiles missing from the classpath", e);
        }
    }

    /** {@code en}, {@code de}, {@code fr}, {@code es}, or {@link #UNKNOWN} when no language is likely enough. */
    String detect(String title, String description) {
        String text = (title + ". " + description).strip();
        if (text.length() > MAX_CHARACTERS) {
            text = text.substring(0, MAX_CHARACTERS);
        }
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return UNKNOWN;
        }
        List<DetectedLanguage> ranked = detector.getProbabilities(texts.forText(text));
        if (ranked.isEmpty() || ranked.getFirst().getProbability() < MIN_PROBABILITY) {
            return UNKNOWN;
        }
        String language = ranked.getFirst().getLocale().getLanguage();
        return LANGUAGES.contains(language) ? language : UNKNOWN;
    }
}
