package dev.agora.kernel.text;

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
 * (photos have their own gallery). Used for listing descriptions and the operator's content pages.
 */
public final class SafeMarkdown {

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

    private SafeMarkdown() {}

    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, SAFELIST);
    }

    /** The description as plain text, shortened at a word for meta descriptions. */
    public static String summary(String markdown, int maxLength) {
        String text = Jsoup.parse(toSafeHtml(markdown)).text().strip();
        if (text.length() <= maxLength) {
            return text;
        }
        String cut = text.substring(0, maxLength - 1);
        int space = cut.lastIndexOf(' ');
        return (space > maxLength / 2 ? cut.substring(0, space) : cut) + "…";
    }
}
