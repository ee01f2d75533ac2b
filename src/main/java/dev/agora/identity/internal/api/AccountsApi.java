package dev.agora.identity.internal.api;

import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import dev.agora.kernel.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Sign-up for API clients (e.g. a mobile app). A taken email is a 400 naming the field, like in the form. */
@ApiController("/api/v1/accounts")
@Tag(name = "Identity")
class AccountsApi {

    record SignUpRequest(@Nullable String email, @Nullable String password, @Nullable String displayName) {}

    private final IdentityManagement identity;

    AccountsApi(IdentityManagement identity) {
        this.identity = identity;
    }

    @PostMapping
    @Operation(summary = "Open an account", description = "An email already in use is answered 400 with errors[].field = email.")
    @SecurityRequirements
    ResponseEntity<UserResponse> signUp(@RequestBody SignUpRequest request) {
        var id = identity.register(new SignUp(request.email(), request.password(), request.displayName()));
        var profile = identity.findProfile(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/users/" + profile.handle())).body(UserResponse.of(profile));
    }
}
