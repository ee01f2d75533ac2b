package dev.agora.site.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the service worker from the root so its scope is the whole site. It is rendered here rather than
 * served as a static file so it can list the fingerprinted asset URLs to precache, and so it is never
 * cached for a year like the assets are: a new deployment must reach browsers on their next visit.
 */
@RestController
class ServiceWorkerController {

    static final List<String> PRECACHED_ASSETS = List.of(
            "/css/agora.css", "/js/agora.js", "/webjars/htmx.org/dist/htmx.min.js",
            "/icons/icon.svg", "/icons/icon-192.png");

    private final StaticAssets assets;
    private final String template;

    ServiceWorkerController(StaticAssets assets) {
        this.assets = assets;
        try {
            this.template = new ClassPathResource("site/sw.js").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/sw.js")
    ResponseEntity<String> serviceWorker() {
        String precache = PRECACHED_ASSETS.stream().map(assets::url).map(url -> '"' + url + '"')
                .collect(Collectors.joining(", ", "[\"/offline\", ", "]"));
        String version = HexFormat.of().formatHex(DigestUtils.md5Digest(precache.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 12);
        String script = template.replace("\"__PRECACHE__\"", precache).replace("__VERSION__", version);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/javascript;charset=UTF-8"))
                .cacheControl(CacheControl.noCache())
                .header("Service-Worker-Allowed", "/")
                .body(script);
    }
}
