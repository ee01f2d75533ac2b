package dev.agora.identity.internal.api;

import dev.agora.identity.Member;
import dev.agora.identity.internal.MemberProfiles;
import dev.agora.identity.internal.OwnProfile;
import dev.agora.kernel.web.ApiController;
import dev.agora.kernel.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/** The caller's own account. Changes need the ETag of what was read ({@code If-Match}): 428 without, 412 if stale. */
@ApiController("/api/v1/me")
@Tag(name = "Identity")
class MeApi {

    record MeResponse(String email, UserResponse profile) {}

    private final MemberProfiles profiles;

    MeApi(MemberProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(summary = "Your account and profile", description = "The ETag header is what PATCH needs in If-Match.")
    ResponseEntity<MeResponse> me(@AuthenticationPrincipal Member me) {
        return answer(profiles.own(me.id()));
    }

    @PatchMapping(consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change your profile (JSON merge patch)",
            description = "Fields: displayName, bio, city, latitude, longitude, languages; null clears a field. "
                    + "Requires If-Match with the ETag from GET: 428 without it, 412 if the profile changed meanwhile.")
    ResponseEntity<MeResponse> patch(
            @AuthenticationPrincipal Member me,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody Map<String, @Nullable Object> mergePatch) {
        return answer(profiles.patch(me.id(), ifMatch, mergePatch));
    }

    private static ResponseEntity<MeResponse> answer(OwnProfile own) {
        return ResponseEntity.ok()
                .eTag(ETags.strong(own.version()))
                .body(new MeResponse(own.email(), UserResponse.of(own.profile())));
    }
}
