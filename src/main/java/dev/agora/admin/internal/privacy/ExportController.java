package dev.agora.admin.internal.privacy;

import dev.agora.identity.AccountId;
import dev.agora.identity.Member;
import dev.agora.kernel.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The member's own data export as a zip: {@code GET /api/v1/me/export} (and {@code /me/export} for the settings page,
 * see {@link ExportPage}). Asking for another member's export ({@code /api/v1/members/{id}/export} with an id that is
 * not the caller's) is refused with 403, for staff too: staff use the console's support view.
 */
@ApiController("/api/v1")
@Tag(name = "Data protection")
class ExportController {

    private final DataExport export;

    ExportController(DataExport export) {
        this.export = export;
    }

    @GetMapping(value = "/me/export", produces = "application/zip")
    @Operation(summary = "Everything Agora keeps about the caller: JSON per module plus their photos, as a zip")
    ResponseEntity<byte[]> mine(@AuthenticationPrincipal Member me) {
        return zip(me.id(), export.zipFor(me.id()));
    }

    @GetMapping(value = "/members/{id}/export", produces = "application/zip")
    @Operation(summary = "The export of the member with this id: only for that member themselves (403 for anyone else)")
    ResponseEntity<byte[]> byId(@AuthenticationPrincipal Member me, @PathVariable UUID id) {
        if (!me.id().value().equals(id)) {
            throw new org.springframework.security.access.AccessDeniedException("Members may only export their own data");
        }
        return zip(me.id(), export.zipFor(me.id()));
    }

    static ResponseEntity<byte[]> zip(AccountId member, byte[] content) {
        String name = "agora-data-" + LocalDate.now(ZoneOffset.UTC) + ".zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
