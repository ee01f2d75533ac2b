package dev.agora.listings.internal.web;

import org.jsoup.Jsoup;

/** Plain text from a rendered description, cut at a word: meta and Open Graph descriptions. */
final class Summaries {

    private Summaries() {}

    static String of(String safeHtml, int maxLength) {
        String text = Jsoup.parse(safeHtml).text().strip();
        if (text.length() <= maxLength) {
            return text;
        }
        String cut = text.substring(0, maxLength - 1);
        int space = cut.lastIndexOf(' ');
        return (space > maxLength / 2 ? cut.substring(0, space) : cut) + "…";
    }
}
