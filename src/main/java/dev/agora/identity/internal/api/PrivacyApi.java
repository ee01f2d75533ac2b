package dev.agora.identity.internal.api;

import dev.agora.identity.Member;
import dev.agora.identity.internal.AccountErasure;
import dev.agora.identity.internal.MarketingConsent;
import dev.agora.kernel.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Data protection for the caller's own account: marketing consent and erasure (the export is in the admin module). */
@ApiController("/api/v1/me")
@Tag(name = "Data protection")
class PrivacyApi {

    record Consent(boolean marketingEmail) {}

    record Erasure(String password) {}

    private final MarketingConsent consent;
    private final AccountErasure erasure;

    PrivacyApi(MarketingConsent consent, AccountErasure erasure) {
        this.consent = consent;
        this.erasure = erasure;
    }

    @GetMapping("/consent")
    @Operation(summary = "Whether the caller agreed to marketing email (off unless they turned it on)")
    Consent consent(@AuthenticationPrincipal Member me) {
        return new Consent(consent.given(me.id()));
    }

    @PutMapping("/consent")
    @Operation(summary = "Gives or withdraws consent to marketing email")
    Consent changeConsent(@AuthenticationPrincipal Member me, @RequestBody Consent change) {
        consent.change(me.id(), change.marketingEmail());
        return new Consent(consent.given(me.id()));
    }

    @PostMapping("/erasure")
    @Operation(summary = "Deletes the caller's account: personal data is erased or pseudonymised in every module; "
            + "ledger and tax records stay under the bare account id. Needs the current password.")
    ResponseEntity<Map<String, String>> erase(@AuthenticationPrincipal Member me, @RequestBody Erasure request) {
        erasure.eraseOwn(me.id(), request.password());
        return ResponseEntity.accepted().body(Map.of("status", "erased"));
    }
}
