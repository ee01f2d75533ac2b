package dev.agora.listings.internal.api;

import dev.agora.identity.VerificationLevel;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.web.ApiController;
import dev.agora.listings.VerificationRequirement;
import dev.agora.listings.internal.VerificationRequirements;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import dev.agora.identity.Member;

/** Operators configure which verification level selling in a category or above a price needs (operators only). */
@ApiController("/api/v1/admin")
@Tag(name = "Verification requirements", description = "Levels sellers need to publish in a category or above a price")
class VerificationRequirementsApi {

    record NewRequirement(@Nullable String categorySlug, @Nullable BigDecimal minPrice, @Nullable String level,
            @Nullable String reason) {}

    private final VerificationRequirements requirements;

    VerificationRequirementsApi(VerificationRequirements requirements) {
        this.requirements = requirements;
    }

    @Operation(summary = "All requirements")
    @GetMapping("/verification-requirements")
    List<VerificationRequirement> all() {
        return requirements.all();
    }

    @Operation(summary = "Add a requirement: a category slug, a minimum price (major units, any currency) or both, a level "
            + "and a reason (audit log)")
    @PostMapping("/verification-requirements")
    ResponseEntity<VerificationRequirement> add(@AuthenticationPrincipal Member me, @RequestBody NewRequirement body) {
        VerificationRequirement added = requirements.add(me.id(), body.categorySlug(), body.minPrice(), level(body.level()),
                body.reason() == null ? "" : body.reason());
        return ResponseEntity.created(URI.create("/api/v1/admin/verification-requirements/" + added.id())).body(added);
    }

    @Operation(summary = "Remove a requirement, with a reason (audit log)")
    @DeleteMapping("/verification-requirements/{id}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal Member me, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason) {
        return requirements.remove(me.id(), id, reason) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    private static @Nullable VerificationLevel level(@Nullable String level) {
        if (level == null) {
            return null;
        }
        try {
            return VerificationLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("level", "listing.requirement.level", "choose EMAIL, PHONE, ID or BUSINESS");
        }
    }
}
