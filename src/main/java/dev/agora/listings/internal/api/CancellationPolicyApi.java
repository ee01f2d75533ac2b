package dev.agora.listings.internal.api;

import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.web.ApiController;
import dev.agora.listings.CancellationPolicies;
import dev.agora.listings.CancellationPolicy;
import dev.agora.listings.ListingId;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/listings/{id}/cancellation-policy}: read by anyone, chosen by the seller (rentals, services). */
@ApiController("/api/v1")
class CancellationPolicyApi {

    private final CancellationPolicies policies;

    CancellationPolicyApi(CancellationPolicies policies) {
        this.policies = policies;
    }

    record PolicyJson(@Nullable String policy) {}

    @Operation(summary = "The listing's cancellation policy (FLEXIBLE, MODERATE or STRICT)")
    @GetMapping("/listings/{id}/cancellation-policy")
    PolicyJson read(@PathVariable String id) {
        return new PolicyJson(policies.of(ListingId.of(id)).name());
    }

    @Operation(summary = "Chooses the cancellation policy of one's own rental or service listing")
    @PutMapping("/listings/{id}/cancellation-policy")
    PolicyJson choose(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id, @RequestBody PolicyJson body) {
        if (me == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in or send an API token");
        }
        CancellationPolicy policy;
        try {
            policy = CancellationPolicy.valueOf(String.valueOf(body.policy()).strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("policy", "listings.cancellation-policy.unknown", "Choose FLEXIBLE, MODERATE or STRICT");
        }
        policies.choose(me.id(), ListingId.of(id), policy);
        return new PolicyJson(policy.name());
    }
}
