package dev.agora.kernel.config;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Marketplace-wide settings ({@code agora.*}).
 *
 * @param dataDir where the embedded default keeps its database, index and photos
 * @param baseUrl the public address used in mails, sitemaps and canonical links
 * @param demo whether demo data is seeded and demo-only pages (the mail outbox) are served
 */
@ConfigurationProperties("agora")
public record AgoraSettings(Path dataDir, URI baseUrl, Demo demo) {

    public record Demo(boolean enabled) {}

    public boolean demoEnabled() {
        return demo != null && demo.enabled();
    }
}
