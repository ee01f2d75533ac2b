package dev.agora.listings.internal.web;

import dev.agora.kernel.config.AgoraSettings;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import dev.agora.listings.ListingManagement;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /sitemap.xml} is an index of {@code /sitemaps/categories.xml} and {@code /sitemaps/listings-N.xml},
 * each page at most 50,000 URLs (the protocol's limit), published listings only. {@code /robots.txt} points to it.
 */
@Controller
class SitemapController {

    static final int URLS_PER_PAGE = 50_000;
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final ListingManagement listings;
    private final CategoryManagement categories;
    private final AgoraSettings settings;

    SitemapController(ListingManagement listings, CategoryManagement categories, AgoraSettings settings) {
        this.listings = listings;
        this.categories = categories;
        this.settings = settings;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index() {
        long pages = Math.max(1, (listings.countPublished() + URLS_PER_PAGE - 1) / URLS_PER_PAGE);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        xml.append("  <sitemap><loc>").append(base()).append("/sitemaps/categories.xml</loc></sitemap>\n");
        for (int page = 1; page <= pages; page++) {
            xml.append("  <sitemap><loc>").append(base()).append("/sitemaps/listings-").append(page)
                    .append(".xml</loc></sitemap>\n");
        }
        return ResponseEntity.ok().contentType(XML).body(xml.append("</sitemapindex>\n").toString());
    }

    @GetMapping("/sitemaps/listings-{page:[0-9]+}.xml")
    ResponseEntity<String> listings(@PathVariable int page) {
        if (page < 1) {
            return ResponseEntity.notFound().build();
        }
        StringBuilder xml = urlset();
        for (var entry : listings.sitemapPage(page - 1, URLS_PER_PAGE)) {
            xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(base() + entry.path())).append("</loc><lastmod>")
                    .append(DateTimeFormatter.ISO_LOCAL_DATE.format(entry.lastModified().atOffset(ZoneOffset.UTC)))
                    .append("</lastmod></url>\n");
        }
        return ResponseEntity.ok().contentType(XML).body(xml.append("</urlset>\n").toString());
    }

    @GetMapping("/sitemaps/categories.xml")
    ResponseEntity<String> categories() {
        StringBuilder xml = urlset();
        xml.append("  <url><loc>").append(base()).append("/</loc></url>\n");
        for (CategoryView category : categories.categories()) {
            xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(base() + category.path())).append("</loc></url>\n");
        }
        return ResponseEntity.ok().contentType(XML).body(xml.append("</urlset>\n").toString());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String body = "User-agent: *\nDisallow: /me/\nDisallow: /sell\nDisallow: /admin/\nDisallow: /api/\n"
                + "Disallow: /login\nDisallow: /search?\nAllow: /\n\nSitemap: " + base() + "/sitemap.xml\n";
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }

    private static StringBuilder urlset() {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    }

    private String base() {
        return settings.baseUrl().toString().replaceAll("/$", "");
    }
}
