package dev.agora.listings.internal;

import dev.agora.kernel.text.SafeMarkdown;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Descriptions in the safe Markdown subset of {@link SafeMarkdown} (moved to the kernel for content pages too). */
final class Markdown {

    /**
     * Rendered descriptions keyed by the SHA-256 of their Markdown. Every listing view renders its description
     * and parsing plus sanitising is the most expensive part of a listing page; the output depends on the text
     * alone, so a per-node cache can never be stale, and the bound keeps memory flat with 200,000 listings.
     */
    private static final int CACHE_SIZE = 4_096;
    private static final Map<String, String> RENDERED = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private Markdown() {}

    static String toSafeHtml(String markdown) {
        String key = hash(markdown);
        synchronized (RENDERED) {
            String cached = RENDERED.get(key);
            if (cached != null) {
                return cached;
            }
        }
        String html = SafeMarkdown.toSafeHtml(markdown);
        synchronized (RENDERED) {
            RENDERED.put(key, html);
        }
        return html;
    }

    static int cachedEntries() {
        synchronized (RENDERED) {
            return RENDERED.size();
        }
    }

    /** The description as plain text, shortened at a word for meta descriptions. */
    static String summary(String markdown, int maxLength) {
        return SafeMarkdown.summary(markdown, maxLength);
    }

    private static String hash(String markdown) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(markdown.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
