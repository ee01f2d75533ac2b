package dev.agora.identity.internal.api;

import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.web.ApiController;
import dev.agora.kernel.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@ApiController("/api/v1/users")
@Tag(name = "Identity")
class UsersApi {

    private final IdentityManagement identity;

    UsersApi(IdentityManagement identity) {
        this.identity = identity;
    }

    @GetMapping("/{handle}")
    @Operation(summary = "A member's public profile")
    @SecurityRequirements
    UserResponse profile(@PathVariable String handle) {
        return identity.findProfile(handle).map(UserResponse::of).orElseThrow(() -> new ErrorResponseException(
                HttpStatus.NOT_FOUND,
                Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "No member has the handle '" + handle + "'."),
                null));
    }
}
