package dev.agora.site.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The web app manifest, localised like the pages, with icon URLs fingerprinted like every static asset. */
@RestController
class ManifestController {

    static final String THEME_COLOUR = "#0f5c4d";
    static final String BACKGROUND_COLOUR = "#f7f7f4";

    private final MessageSource messages;
    private final StaticAssets assets;

    ManifestController(MessageSource messages, StaticAssets assets) {
        this.messages = messages;
        this.assets = assets;
    }

    @GetMapping(path = "/manifest.webmanifest", produces = "application/manifest+json")
    Map<String, Object> manifest(Locale locale) {
        var manifest = new LinkedHashMap<String, Object>();
        manifest.put("name", messages.getMessage("site.name", null, locale));
        manifest.put("short_name", messages.getMessage("site.name", null, locale));
        manifest.put("description", messages.getMessage("site.tagline", null, locale));
        manifest.put("lang", locale.toLanguageTag());
        manifest.put("id", "/");
        manifest.put("start_url", "/");
        manifest.put("scope", "/");
        manifest.put("display", "standalone");
        manifest.put("theme_color", THEME_COLOUR);
        manifest.put("background_color", BACKGROUND_COLOUR);
        manifest.put("icons", List.of(
                icon("/icons/icon-192.png", "192x192", "any"),
                icon("/icons/icon-512.png", "512x512", "any"),
                icon("/icons/icon-maskable-192.png", "192x192", "maskable"),
                icon("/icons/icon-maskable-512.png", "512x512", "maskable")));
        return manifest;
    }

    private Map<String, String> icon(String path, String sizes, String purpose) {
        return Map.of("src", assets.url(path), "sizes", sizes, "type", "image/png", "purpose", purpose);
    }
}
