package dev.agora.listings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

class MarkdownTests {

    /** Classic XSS payloads (OWASP filter evasion cheat sheet and friends) as a seller might type them. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/xss.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "[click me](javascript:alert(1))",
            "[click me](JaVaScRiPt:alert(1))",
            "[click](java\tscript:alert(1))",
            "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<body onload=alert(1)>",
            "<object data=\"evil.swf\"></object>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "\"><script>alert(document.cookie)</script>",
            "<<script>script>alert(1)<</script>/script>",
            "`<script>alert(1)</script>`",
            "```\n<script>alert(1)</script>\n```",
            "[x](vbscript:msgbox(1))",
            "<details open ontoggle=alert(1)>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "[a](https://ok.example \"title\\\" onmouseover=alert(1) x=\\\"\")");

    static final java.util.Set<String> SAFE_TAGS = java.util.Set.of("html", "head", "body", "p", "a", "strong", "em",
            "code", "pre", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br");

    @ParameterizedTest
    @FieldSource("PAYLOADS")
    void neverRendersActiveContent(String payload) {
        String html = Markdown.toSafeHtml("Nice bike.\n\n" + payload);
        // judged on the parsed DOM, as a browser sees it: escaped text such as "&lt;script&gt;" is harmless
        var document = org.jsoup.Jsoup.parse(html);
        for (var element : document.body().getAllElements()) {
            assertThat(SAFE_TAGS).as(html).contains(element.tagName());
            for (var attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(html).isIn("href", "rel");
            }
            if (element.hasAttr("href")) {
                assertThat(element.attr("href")).as(html).matches("(?i)(https?:|mailto:).*");
            }
        }
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("<img");
    }

    @Test
    void keepsTheSafeSubset() {
        String html = Markdown.toSafeHtml("## Details\n\n**Bold** and *italic*\n\n- one\n- two\n\n> quoted\n\n"
                + "[shop](https://example.org)\n\n`code`");
        assertThat(html).contains("<h2>Details</h2>", "<strong>Bold</strong>", "<em>italic</em>", "<li>one</li>",
                "<blockquote>", "<code>code</code>", "href=\"https://example.org\"", "rel=\"nofollow noopener ugc\"");
    }

    @Test
    void summaryIsPlainTextCutAtAWord() {
        assertThat(Markdown.summary("**Vintage** camera with _lens_ and a long story about its owner", 30))
                .isEqualTo("Vintage camera with lens and…");
    }

    @Test
    void sameTextIsRenderedOnceAndServedFromTheCache() {
        String text = "Cached **once** " + java.util.UUID.randomUUID();
        String first = Markdown.toSafeHtml(text);
        int entries = Markdown.cachedEntries();
        assertThat(Markdown.toSafeHtml(text)).isSameAs(first);
        assertThat(Markdown.cachedEntries()).isEqualTo(entries);
        assertThat(Markdown.toSafeHtml(text + "!")).isNotEqualTo(first).contains("<strong>once</strong>");
    }

    @Test
    void cacheStaysBounded() {
        for (int i = 0; i < 5_000; i++) {
            Markdown.toSafeHtml("bounded " + i);
        }
        assertThat(Markdown.cachedEntries()).isLessThanOrEqualTo(4_096);
    }
}
