package dev.agora.identity.internal.api;

import dev.agora.identity.Member;
import dev.agora.identity.internal.ApiTokenView;
import dev.agora.identity.internal.ApiTokens;
import dev.agora.identity.internal.CredentialsRejected;
import dev.agora.identity.internal.TokenScope;
import dev.agora.kernel.pagination.CursorPage;
import dev.agora.kernel.pagination.PageLimit;
import dev.agora.kernel.web.ApiController;
import dev.agora.kernel.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Personal API tokens: get one with email and password, list and revoke them with a token. */
@ApiController("/api/v1/auth/tokens")
@Tag(name = "Identity")
class AuthTokensApi {

    record TokenRequest(
            @Nullable String email,
            @Nullable String password,
            @Nullable String totpCode,
            @Nullable String name,
            @Nullable String scope) {}

    record TokenResponse(
            String id, String name, String scope, String hint, Instant createdAt, @Nullable Instant lastUsedAt,
            @Nullable String token) {

        static TokenResponse of(ApiTokenView view, @Nullable String secret) {
            return new TokenResponse(view.id().toString(), view.name(), view.scope().label(), view.hint(),
                    view.createdAt(), view.lastUsedAt(), secret);
        }
    }

    private final ApiTokens tokens;

    AuthTokensApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @Operation(summary = "Get a personal API token with email and password",
            description = "The token is in the answer this once. scope: 'read' (default) or 'read-write'. "
                    + "Accounts with TOTP send totpCode. Wrong credentials or a locked account: 401.")
    @SecurityRequirements
    ResponseEntity<TokenResponse> create(@RequestBody TokenRequest request) {
        TokenScope scope = TokenScope.parse(request.scope());
        var issued = tokens.issueWithCredentials(
                request.email(), request.password(), request.totpCode(), request.name(), scope);
        return ResponseEntity.created(URI.create("/api/v1/auth/tokens/" + issued.token().id()))
                .body(TokenResponse.of(issued.token(), issued.secret()));
    }

    @GetMapping
    @Operation(summary = "Your active tokens, newest first (never their secrets)")
    CursorPage<TokenResponse> list(
            @AuthenticationPrincipal Member me,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return tokens.list(me.id(), cursor, PageLimit.of(limit)).map(view -> TokenResponse.of(view, null));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of your tokens")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal Member me, @PathVariable UUID id) {
        if (!tokens.revoke(me.id(), id)) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND,
                    Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "You have no active token with this id."),
                    null);
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(CredentialsRejected.class)
    ResponseEntity<ProblemDetail> rejected(CredentialsRejected e) {
        ProblemDetail problem = switch (e.reason()) {
            case WRONG_CREDENTIALS -> Problems.of(HttpStatus.UNAUTHORIZED, "wrong-credentials", "Wrong credentials",
                    "Wrong email or password.");
            case ACCOUNT_LOCKED -> Problems.of(HttpStatus.UNAUTHORIZED, "account-locked", "Account locked",
                    "This account is locked for now after too many failed logins; try again later.");
            case SECOND_FACTOR_REQUIRED -> Problems.of(HttpStatus.UNAUTHORIZED, "second-factor-required",
                    "Second factor required", "Send the current code of your authenticator app as totpCode.");
        };
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").body(problem);
    }
}
