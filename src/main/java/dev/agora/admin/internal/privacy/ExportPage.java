package dev.agora.admin.internal.privacy;

import dev.agora.identity.Member;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /me/export}: the download link on the settings page (session login). */
@Controller
class ExportPage {

    private final DataExport export;

    ExportPage(DataExport export) {
        this.export = export;
    }

    @GetMapping(value = "/me/export", produces = "application/zip")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal Member me) {
        return ExportController.zip(me.id(), export.zipFor(me.id()));
    }
}
