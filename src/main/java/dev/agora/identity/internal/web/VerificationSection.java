package dev.agora.identity.internal.web;

import dev.agora.identity.Member;
import dev.agora.identity.VerificationManagement;
import dev.agora.identity.VerificationStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the settings page the member's verification status for its verification section. */
@ControllerAdvice(assignableTypes = SettingsController.class)
class VerificationSection {

    private final VerificationManagement verification;

    VerificationSection(VerificationManagement verification) {
        this.verification = verification;
    }

    @ModelAttribute("verification")
    @Nullable VerificationStatus verification(@AuthenticationPrincipal @Nullable Member me) {
        return me == null ? null : verification.statusOf(me.id());
    }
}
