package dev.agora.listings.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Descriptions in a safe Markdown subset: paragraphs, emphasis, lists, quotes, code, links and headings.
 * commonmark-java renders with raw HTML escaped and unsafe URLs dropped; jsoup's safelist then cleans the
 * result again, so a renderer bug alone cannot let script through. Images are not part of the subset
 * (photos have their own gallery).
 */
final class Markdown {

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(Heading.class, org.commonmark.node.BlockQuote.class,
                    org.commonmark.node.FencedCodeBlock.class, org.commonmark.node.ListBlock.class,
                    org.commonmark.node.ThematicBreak.class))
            .extensions(java.util.List.<Extension>of())
            .build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(context -> new org.commonmark.renderer.NodeRenderer() {
                @Override
                public Set<Class<? extends org.commonmark.node.Node>> getNodeTypes() {
                    return Set.of(Image.class);
                }

                @Override
                public void render(org.commonmark.node.Node node) {
                    // images are left out: alt text only
                    Image image = (Image) node;
                    context.getWriter().text(image.getTitle() == null ? "" : image.getTitle());
                }
            })
            .build();
    private static final Safelist SAFELIST = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener ugc");

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
        String html = Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), SAFELIST);
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

    private static String hash(String markdown) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(markdown.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The description as plain text, shortened at a word for meta descriptions. */
    static String summary(String markdown, int maxLength) {
        String text = Jsoup.parse(toSafeHtml(markdown)).text().strip();
        if (text.length() <= maxLength) {
            return text;
        }
        String cut = text.substring(0, maxLength - 1);
        int space = cut.lastIndexOf(' ');
        return (space > maxLength / 2 ? cut.substring(0, space) : cut) + "…";
    }
}
