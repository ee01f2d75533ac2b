package dev.agora.admin.internal.api;

import dev.agora.admin.internal.ContentPages;
import dev.agora.identity.Member;
import dev.agora.kernel.web.ApiController;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingStatus;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/v1/admin}: listing search (operators, support, moderators), the audit log and content pages (operators). */
@ApiController("/api/v1/admin")
@Tag(name = "Console")
class AdminConsoleApi {

    record PageChange(@Nullable String title, @Nullable String body, @Nullable String reason) {}

    private final ListingManagement listings;
    private final AuditLog audit;
    private final ContentPages pages;

    AdminConsoleApi(ListingManagement listings, AuditLog audit, ContentPages pages) {
        this.listings = listings;
        this.audit = audit;
        this.pages = pages;
    }

    @GetMapping("/listings")
    @Operation(summary = "Listings whose title contains q, optionally in one status (DRAFT, PENDING_APPROVAL, PUBLISHED, PAUSED, CLOSED)")
    List<Map<String, Object>> listings(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status) {
        ListingStatus chosen = Arrays.stream(ListingStatus.values())
                .filter(s -> s.name().equals(status.toUpperCase(Locale.ROOT))).findFirst().orElse(null);
        return listings.search(q, chosen, 100).stream().map(l -> Map.<String, Object>of("id", l.id().toString(),
                "title", l.title(), "status", l.status().name(), "sellerId", l.sellerId().toString(), "path", l.path(),
                "updatedAt", l.updatedAt())).toList();
    }

    @GetMapping("/audit")
    @Operation(summary = "Staff actions, newest first; subject (e.g. member:<id>, order:<id>) filters to one subject")
    List<AuditEntry> audit(@RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "100") int limit) {
        return audit.recent(subject, limit);
    }

    @GetMapping("/pages")
    @Operation(summary = "Content pages (terms, privacy, help, ...) with their Markdown")
    List<ContentPages.ContentPage> pages() {
        return pages.all();
    }

    @PutMapping("/pages/{slug}")
    @Operation(summary = "Creates or replaces a content page shown at /p/{slug}; needs a reason")
    ContentPages.ContentPage savePage(@AuthenticationPrincipal Member me, @PathVariable String slug, @RequestBody PageChange body) {
        return pages.save(me, slug, body.title(), body.body(), body.reason());
    }
}
