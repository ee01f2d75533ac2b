package dev.agora.site.internal;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Public URLs of static assets, content-fingerprinted by Boot's resource chain when it is enabled. */
@Component
class StaticAssets {

    private final ResourceUrlProvider urls;

    StaticAssets(ResourceUrlProvider urls) {
        this.urls = urls;
    }

    String url(String path) {
        String versioned = urls.getForLookupPath(path);
        return versioned != null ? versioned : path;
    }
}
