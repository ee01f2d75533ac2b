package dev.agora.identity.internal;

import java.text.Normalizer;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Derives a URL-safe, unique handle ({@code /u/{handle}}) from a display name. */
@Component
class Handles {

    private final AccountRepository accounts;

    Handles(AccountRepository accounts) {
        this.accounts = accounts;
    }

    String freeHandleFor(String displayName) {
        String base = slug(displayName);
        String candidate = base;
        for (int n = 2; accounts.existsByHandle(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 30) {
            slug = slug.substring(0, 30).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "member" : slug;
    }
}
