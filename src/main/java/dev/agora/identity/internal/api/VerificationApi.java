package dev.agora.identity.internal.api;

import dev.agora.identity.BusinessDetails;
import dev.agora.identity.IdDocumentUpload;
import dev.agora.identity.Member;
import dev.agora.identity.VerificationManagement;
import dev.agora.identity.VerificationStatus;
import dev.agora.kernel.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/me/verification}: the member's levels and checks, phone by SMS code, ID document upload
 * (multipart), business details; {@code /api/v1/admin/verification/id-checks/{id}/document} lets an operator open
 * a stored document with a reason (audited).
 */
@ApiController("/api/v1")
@Tag(name = "Verification", description = "Phone, government ID and business verification")
class VerificationApi {

    record Phone(@Nullable String phone) {}

    record Code(@Nullable String code) {}

    private final VerificationManagement verification;
    private final dev.agora.identity.IdDocumentReview review;

    VerificationApi(VerificationManagement verification, dev.agora.identity.IdDocumentReview review) {
        this.verification = verification;
        this.review = review;
    }

    @Operation(summary = "The signed-in member's verification levels and checks")
    @GetMapping("/me/verification")
    VerificationStatus status(@AuthenticationPrincipal Member me) {
        return verification.statusOf(me.id());
    }

    @Operation(summary = "Send a six-digit code by SMS to the number (E.164 or national for the default region)")
    @PostMapping("/me/verification/phone")
    VerificationStatus startPhone(@AuthenticationPrincipal Member me, @RequestBody Phone body) {
        return verification.startPhone(me.id(), body.phone() == null ? "" : body.phone());
    }

    @Operation(summary = "Confirm the phone with the code received")
    @PostMapping("/me/verification/phone/confirm")
    VerificationStatus confirmPhone(@AuthenticationPrincipal Member me, @RequestBody Code body) {
        return verification.confirmPhone(me.id(), body.code() == null ? "" : body.code());
    }

    @Operation(summary = "Upload a photo of a government ID (multipart: documentType, documentNumber, document)")
    @PostMapping(path = "/me/verification/id", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    VerificationStatus submitId(@AuthenticationPrincipal Member me, @RequestParam(required = false) @Nullable String documentType,
            @RequestParam(required = false) @Nullable String documentNumber,
            @RequestParam(required = false) @Nullable MultipartFile document) {
        return verification.submitId(me.id(), new IdDocumentUpload(documentType, documentNumber, bytes(document)));
    }

    @Operation(summary = "Register as a business: company name, registration number and tax id")
    @PostMapping("/me/verification/business")
    VerificationStatus submitBusiness(@AuthenticationPrincipal Member me, @RequestBody BusinessDetails details) {
        return verification.submitBusiness(me.id(), details);
    }

    @Operation(summary = "Operators open a stored ID document; the reason is recorded in the audit log")
    @GetMapping("/admin/verification/id-checks/{id}/document")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestParam String reason) {
        var image = verification.openDocument(me.id(), id, reason);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .header("Cache-Control", "no-store").body(image.content());
    }

    // --- issue 9: staff review of pending ID checks (operators; /api/v1/admin/** is operators-only by default) ---
    record Decision(@Nullable Boolean approve, @Nullable String reason) {}

    @Operation(summary = "Operators: ID checks waiting for a decision, oldest first")
    @GetMapping("/admin/verification/id-checks")
    java.util.List<dev.agora.identity.IdDocumentReview.PendingIdCheck> pending() {
        return review.pending(200);
    }

    @Operation(summary = "Operators approve or reject a pending ID check with a reason (audit log)")
    @PostMapping("/admin/verification/id-checks/{id}/decision")
    ResponseEntity<Void> decide(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestBody Decision body) {
        if (body.approve() == null) {
            throw dev.agora.kernel.validation.InvalidInputException.of("approve", "verification.review.approve", "approve true or false");
        }
        review.decide(me.id(), id, body.approve(), body.reason() == null ? "" : body.reason());
        return ResponseEntity.noContent().build();
    }
    // --- end issue 9 ---

    private static byte @Nullable [] bytes(@Nullable MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
