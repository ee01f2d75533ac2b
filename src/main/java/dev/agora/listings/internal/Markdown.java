package dev.agora.listings.internal;

import dev.agora.kernel.text.SafeMarkdown;

/** Descriptions in the safe Markdown subset of {@link SafeMarkdown} (moved to the kernel for content pages too). */
final class Markdown {

    private Markdown() {}

    static String toSafeHtml(String markdown) {
        return SafeMarkdown.toSafeHtml(markdown);
    }

    /** The description as plain text, shortened at a word for meta descriptions. */
    static String summary(String markdown, int maxLength) {
        return SafeMarkdown.summary(markdown, maxLength);
    }
}
