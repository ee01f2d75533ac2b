package dev.agora.listings.internal;

import java.text.Normalizer;
import java.util.Locale;

/** URL words from a title: "Vintage Nikon FM2 – München" → "vintage-nikon-fm2-munchen". */
final class Slugs {

    private Slugs() {}

    static String of(String text) {
        String ascii = Normalizer.normalize(text.replace("ß", "ss"), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "listing" : slug;
    }
}
