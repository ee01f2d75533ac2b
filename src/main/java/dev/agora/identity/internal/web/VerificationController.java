package dev.agora.identity.internal.web;

import dev.agora.identity.BusinessDetails;
import dev.agora.identity.IdDocumentUpload;
import dev.agora.identity.Member;
import dev.agora.identity.VerificationManagement;
import dev.agora.kernel.validation.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The verification forms of {@code /me/settings} (phone code, ID document, business); each answers with a redirect
 * back to the section, carrying a flash message or the form messages of the rejected field.
 */
@Controller
class VerificationController {

    private static final String BACK = "redirect:/me/settings#verification";

    private final VerificationManagement verification;

    VerificationController(VerificationManagement verification) {
        this.verification = verification;
    }

    @PostMapping("/me/verification/phone")
    String startPhone(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String phone,
            RedirectAttributes redirect) {
        return attempt(redirect, "verification.flash.codeSent", () -> verification.startPhone(me.id(), phone));
    }

    @PostMapping("/me/verification/phone/confirm")
    String confirmPhone(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String code,
            RedirectAttributes redirect) {
        return attempt(redirect, "verification.flash.phoneConfirmed", () -> verification.confirmPhone(me.id(), code));
    }

    @PostMapping("/me/verification/id")
    String submitId(@AuthenticationPrincipal Member me, @RequestParam(required = false) @Nullable String documentType,
            @RequestParam(required = false) @Nullable String documentNumber,
            @RequestParam(required = false) @Nullable MultipartFile document, RedirectAttributes redirect) {
        return attempt(redirect, "verification.flash.idSubmitted",
                () -> verification.submitId(me.id(), new IdDocumentUpload(documentType, documentNumber, bytes(document))));
    }

    @PostMapping("/me/verification/business")
    String submitBusiness(@AuthenticationPrincipal Member me, @RequestParam(required = false) @Nullable String companyName,
            @RequestParam(required = false) @Nullable String registrationNumber,
            @RequestParam(required = false) @Nullable String taxId, RedirectAttributes redirect) {
        return attempt(redirect, "verification.flash.businessSubmitted",
                () -> verification.submitBusiness(me.id(), new BusinessDetails(companyName, registrationNumber, taxId)));
    }

    private static String attempt(RedirectAttributes redirect, String success, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("flash", success);
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.code()));
            redirect.addFlashAttribute("verificationErrors", errors);
        }
        return BACK;
    }

    private static byte @Nullable [] bytes(@Nullable MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
