package dev.agora.admin.internal.api;

import dev.agora.admin.internal.MemberDossiers;
import dev.agora.admin.internal.StaffActions;
import dev.agora.identity.AccountId;
import dev.agora.identity.Member;
import dev.agora.identity.MemberAdministration;
import dev.agora.identity.MemberRecord;
import dev.agora.kernel.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1/admin/members}: the console's member operations for staff tokens. Reading: operators, support,
 * moderators; verifying email: operators and support; suspending: operators and moderators; roles and erasure:
 * operators. Every change needs a {@code reason} (422 problem naming the field without one) and is audited.
 */
@ApiController("/api/v1/admin/members")
@Tag(name = "Console")
class AdminMembersApi {

    record MemberJson(String id, String email, String handle, String displayName, String role, boolean emailVerified,
            boolean suspended, @Nullable Instant suspendedUntil, @Nullable String suspensionReason, boolean marketingConsent,
            boolean erased, Instant createdAt) {

        static MemberJson of(MemberRecord m) {
            return new MemberJson(m.id().toString(), m.email(), m.handle(), m.displayName(), m.role().name(),
                    m.emailVerified(), m.suspended(), m.suspendedUntil(), m.suspensionReason(), m.marketingConsentAt() != null,
                    m.erased(),
                    m.createdAt());
        }
    }

    record Reason(@Nullable String reason) {}

    record RoleChange(@Nullable String role, @Nullable String reason) {}

    private final MemberAdministration members;
    private final MemberDossiers dossiers;
    private final StaffActions actions;

    AdminMembersApi(MemberAdministration members, MemberDossiers dossiers, StaffActions actions) {
        this.members = members;
        this.dossiers = dossiers;
        this.actions = actions;
    }

    @GetMapping
    @Operation(summary = "Members whose name, email or handle contains q, newest first")
    List<MemberJson> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "50") int limit) {
        return members.search(q, limit).stream().map(MemberJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "The support view of a member: account, listings, orders, conversation metadata, staff history")
    Map<String, Object> member(@PathVariable UUID id) {
        var dossier = dossiers.of(new AccountId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Map.of(
                "member", MemberJson.of(dossier.member()),
                "listings", dossier.listings().stream().map(l -> Map.of("id", l.id().toString(), "title", l.title(),
                        "status", l.status().name(), "path", l.path())).toList(),
                "purchases", dossier.purchases().stream().map(o -> Map.of("id", o.id().toString(), "state", o.state(),
                        "listingTitle", o.listingTitle(), "placedAt", o.placedAt())).toList(),
                "sales", dossier.sales().stream().map(o -> Map.of("id", o.id().toString(), "state", o.state(),
                        "listingTitle", o.listingTitle(), "placedAt", o.placedAt())).toList(),
                "conversations", dossier.conversations().stream().map(c -> Map.of("id", c.id().toString(),
                        "listingTitle", c.listingTitle(), "buyerId", c.buyerId().toString(),
                        "sellerId", c.sellerId().toString(), "lastMessageAt", c.lastMessageAt())).toList(),
                "history", dossier.history());
    }

    @PostMapping("/{id}/verification")
    @Operation(summary = "Confirms the member's email address on their behalf")
    MemberJson verify(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestBody Reason body) {
        return MemberJson.of(actions.verifyEmail(me, new AccountId(id), body.reason()));
    }

    @PostMapping("/{id}/suspension")
    @Operation(summary = "Suspends the member: no login, no API token, sessions ended")
    MemberJson suspend(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestBody Reason body) {
        return MemberJson.of(actions.suspend(me, new AccountId(id), body.reason()));
    }

    @PostMapping("/{id}/suspension/lift")
    @Operation(summary = "Lifts the member's suspension")
    MemberJson reinstate(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestBody Reason body) {
        return MemberJson.of(actions.reinstate(me, new AccountId(id), body.reason()));
    }

    @PutMapping("/{id}/role")
    @Operation(summary = "Gives a staff role (OPERATOR, MODERATOR, SUPPORT, FINANCE) or takes it back (MEMBER); operators only")
    MemberJson role(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestBody RoleChange body) {
        return MemberJson.of(actions.changeRole(me, new AccountId(id), body.role(), body.reason()));
    }

    @PostMapping("/{id}/erasure")
    @Operation(summary = "Erases the account on the member's documented request; operators only")
    ResponseEntity<Void> erase(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestBody Reason body) {
        actions.erase(me, new AccountId(id), body.reason());
        return ResponseEntity.noContent().build();
    }
}
