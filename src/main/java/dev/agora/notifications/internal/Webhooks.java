package dev.agora.notifications.internal;

import static dev.agora.notifications.internal.NotificationStore.utc;

import dev.agora.kernel.config.AgoraSettings;
import dev.agora.kernel.validation.InvalidInputException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Operators' webhook endpoints: registration with URL checks, listing, removal. */
@Service
public class Webhooks {

    public record Webhook(UUID id, String url, List<String> eventTypes, boolean active, java.time.Instant createdAt) {}

    /** Returned once at registration: the secret receivers verify signatures with. */
    public record Registered(Webhook webhook, String secret) {}

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0");
    private final JdbcClient jdbc;
    private final AgoraSettings agora;
    private final Environment environment;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Webhooks(JdbcClient jdbc, AgoraSettings agora, Environment environment, Clock clock) {
        this.jdbc = jdbc;
        this.agora = agora;
        this.environment = environment;
        this.clock = clock;
    }

    @Transactional
    public Registered register(String url, List<String> eventTypes) {
        URI uri = checked(url);
        if (eventTypes == null || eventTypes.isEmpty() || eventTypes.stream().anyMatch(t -> !t.matches("[a-z]+\\.[a-z_]+|\\*"))) {
            throw InvalidInputException.of("eventTypes", "webhook.event-types", "name event types like listing.published, or *");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = "whsec_" + HexFormat.of().formatHex(bytes);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO notifications_webhooks (id, url, event_types, secret, active, created_at) VALUES (?, ?, ?, ?, TRUE, ?)")
                .params(id, uri.toString(), String.join(",", eventTypes), secret, utc(clock.instant())).update();
        return new Registered(find(id), secret);
    }

    @Transactional(readOnly = true)
    public List<Webhook> all() {
        return jdbc.sql("SELECT * FROM notifications_webhooks WHERE active = TRUE ORDER BY created_at").query(Webhooks::webhook).list();
    }

    @Transactional
    public boolean remove(UUID id) {
        return jdbc.sql("UPDATE notifications_webhooks SET active = FALSE WHERE id = ?").param(id).update() > 0;
    }

    Webhook find(UUID id) {
        return jdbc.sql("SELECT * FROM notifications_webhooks WHERE id = ?").param(id).query(Webhooks::webhook).single();
    }

    /** http(s) only, with a host, and never the marketplace itself (that would loop events back into it). */
    private URI checked(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            throw invalidUrl("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw invalidUrl("must be an http or https URL");
        }
        URI self = agora.baseUrl();
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = port(uri);
        boolean sameAsBase = host.equalsIgnoreCase(self.getHost()) && port == port(self);
        int serverPort = environment.getProperty("local.server.port", Integer.class,
                environment.getProperty("server.port", Integer.class, 8080));
        if (sameAsBase || (LOOPBACK.contains(host) && port == serverPort)) {
            throw invalidUrl("must not point at this marketplace");
        }
        return uri;
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static InvalidInputException invalidUrl(String why) {
        return InvalidInputException.of("url", "webhook.url", "the webhook URL " + why);
    }

    static String secretOf(JdbcClient jdbc, UUID id) {
        return jdbc.sql("SELECT secret FROM notifications_webhooks WHERE id = ?").param(id).query(String.class).single();
    }

    private static Webhook webhook(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Webhook(rs.getObject("id", UUID.class), rs.getString("url"),
                Arrays.asList(rs.getString("event_types").split(",")), rs.getBoolean("active"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
