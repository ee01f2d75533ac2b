package dev.agora.listings.internal.web;

import dev.agora.identity.Member;
import dev.agora.listings.CancellationPolicies;
import dev.agora.listings.CancellationPolicy;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The seller's cancellation policy choice on their rental or service listing page. */
@Controller
class CancellationPolicyForm {

    private final CancellationPolicies policies;
    private final ListingManagement listings;

    CancellationPolicyForm(CancellationPolicies policies, ListingManagement listings) {
        this.policies = policies;
        this.listings = listings;
    }

    @PostMapping("/sell/{id}/cancellation-policy")
    String choose(@AuthenticationPrincipal Member me, @PathVariable String id, @RequestParam CancellationPolicy policy,
            RedirectAttributes redirect) {
        ListingId listing = ListingId.of(id);
        policies.choose(me.id(), listing, policy);
        redirect.addFlashAttribute("flash", "listing.cancellation-policy.saved");
        return "redirect:" + listings.find(listing).orElseThrow(() -> new ListingNotFoundException(listing)).path();
    }
}
