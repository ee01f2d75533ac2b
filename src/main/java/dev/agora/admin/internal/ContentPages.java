package dev.agora.admin.internal;

import dev.agora.identity.Member;
import dev.agora.kernel.text.SafeMarkdown;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.validation.InvalidInputException.FieldError;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operator-edited pages such as terms, privacy and help, written in the same safe Markdown subset as listing
 * descriptions (rendered with raw HTML escaped and the result cleaned again) and shown at {@code /p/{slug}}.
 */
@Service
public class ContentPages {

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    static final int MAX_BODY = 60_000;

    public record ContentPage(String slug, String title, String body, Instant updatedAt) {

        public String html() {
            return SafeMarkdown.toSafeHtml(body);
        }

        public String summary() {
            return SafeMarkdown.summary(body, 160);
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ContentPages(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ContentPage> all() {
        return jdbc.sql("SELECT slug, title, body, updated_at FROM admin_content_page ORDER BY slug").query(ContentPages::page).list();
    }

    @Transactional(readOnly = true)
    public Optional<ContentPage> find(String slug) {
        return jdbc.sql("SELECT slug, title, body, updated_at FROM admin_content_page WHERE slug = ?").param(slug)
                .query(ContentPages::page).optional();
    }

    /** Creates or replaces a page; the reason goes to the audit log with the change. */
    @Transactional
    public ContentPage save(Member staff, String slug, String title, String body, String reason) {
        String cleanTitle = title == null ? "" : title.strip();
        String cleanBody = body == null ? "" : body.strip();
        List<FieldError> errors = new ArrayList<>();
        if (slug == null || !SLUG.matcher(slug).matches()) {
            errors.add(new FieldError("slug", "admin.page.slug", "use 1-60 lower-case letters, digits and dashes"));
        }
        if (cleanTitle.isEmpty() || cleanTitle.length() > 120) {
            errors.add(new FieldError("title", "admin.page.title", "must be 1 to 120 characters"));
        }
        if (cleanBody.isEmpty() || cleanBody.length() > MAX_BODY) {
            errors.add(new FieldError("body", "admin.page.body", "must be 1 to " + MAX_BODY + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean exists = find(slug).isPresent();
        audit.record(new AuditEntry.Draft(staff.id(), exists ? "page.edit" : "page.create", "page:" + slug, reason,
                cleanTitle));
        Timestamp now = Timestamp.from(clock.instant());
        if (exists) {
            jdbc.sql("UPDATE admin_content_page SET title = ?, body = ?, updated_at = ?, updated_by = ? WHERE slug = ?")
                    .params(cleanTitle, cleanBody, now, staff.id().value(), slug).update();
        } else {
            jdbc.sql("INSERT INTO admin_content_page (slug, title, body, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)")
                    .params(slug, cleanTitle, cleanBody, now, staff.id().value()).update();
        }
        return find(slug).orElseThrow();
    }

    private static ContentPage page(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ContentPage(rs.getString("slug"), rs.getString("title"), rs.getString("body"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
