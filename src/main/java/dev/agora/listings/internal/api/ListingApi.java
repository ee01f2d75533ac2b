package dev.agora.listings.internal.api;

import dev.agora.identity.Member;
import dev.agora.kernel.pagination.CursorPage;
import dev.agora.kernel.pagination.PageLimit;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.kernel.web.ApiController;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingNotFoundException;
import dev.agora.listings.ListingStatus;
import dev.agora.listings.ListingView;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/listings} and {@code /api/v1/me/listings}. Reads carry an ETag; updates need If-Match. */
@ApiController("/api/v1")
class ListingApi {

    private final ListingManagement listings;

    ListingApi(ListingManagement listings) {
        this.listings = listings;
    }

    @PostMapping("/listings")
    ResponseEntity<ListingJson> create(@AuthenticationPrincipal @Nullable Member me, @RequestBody ListingDraft draft) {
        ListingView created = listings.create(signedIn(me).id(), draft);
        return ResponseEntity.created(URI.create("/api/v1/listings/" + created.id())).eTag(etag(created)).body(ListingJson.of(created));
    }

    @GetMapping("/listings/{id}")
    ResponseEntity<ListingJson> read(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id) {
        ListingId listingId = ListingId.of(id);
        ListingView view = listings.findVisible(listingId)
                .or(() -> listings.find(listingId).filter(v -> me != null && v.sellerId().equals(me.id())))
                .orElseThrow(() -> new ListingNotFoundException(id));
        return ok(view);
    }

    @PutMapping("/listings/{id}")
    ResponseEntity<ListingJson> update(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody ListingDraft draft) {
        Member member = signedIn(me);
        if (ifMatch == null || ifMatch.isBlank()) {
            // the kernel helper answers the missing header (428); the version check itself runs in the
            // update's transaction, so a concurrent change between check and write is still a 412
            dev.agora.kernel.web.ETags.requireMatch(ifMatch, 0);
        }
        return ok(listings.update(member.id(), ListingId.of(id), version(ifMatch), draft));
    }

    @PostMapping("/listings/{id}/publish")
    ResponseEntity<ListingJson> publish(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id) {
        return ok(listings.publish(signedIn(me).id(), ListingId.of(id)));
    }

    @PostMapping("/listings/{id}/pause")
    ResponseEntity<ListingJson> pause(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id) {
        return ok(listings.pause(signedIn(me).id(), ListingId.of(id)));
    }

    @PostMapping("/listings/{id}/resume")
    ResponseEntity<ListingJson> resume(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id) {
        return ok(listings.resume(signedIn(me).id(), ListingId.of(id)));
    }

    @PostMapping("/listings/{id}/close")
    ResponseEntity<ListingJson> close(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id) {
        return ok(listings.close(signedIn(me).id(), ListingId.of(id)));
    }

    @PostMapping(path = "/listings/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ListingJson> addPhoto(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id,
            @RequestPart("photo") MultipartFile photo) throws IOException {
        return ok(listings.addPhoto(signedIn(me).id(), ListingId.of(id), photo.getBytes()));
    }

    @PutMapping("/listings/{id}/photos/order")
    ResponseEntity<ListingJson> reorder(@AuthenticationPrincipal @Nullable Member me, @PathVariable String id,
            @RequestBody List<String> photoIds) {
        return ok(listings.reorderPhotos(signedIn(me).id(), ListingId.of(id), photoIds));
    }

    @GetMapping("/me/listings")
    @io.swagger.v3.oas.annotations.Operation(summary = "Your listings, newest first, one page at a time",
            description = "Pass the page's nextCursor as ?cursor= for the next page (null on the last one); "
                    + "limit 1-100, default 20; status filters (DRAFT, PUBLISHED, ...).")
    CursorPage<ListingJson> mine(@AuthenticationPrincipal @Nullable Member me,
            @RequestParam(required = false) @Nullable ListingStatus status,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return listings.listingsOf(signedIn(me).id(), status, cursor, PageLimit.of(limit)).map(ListingJson::of);
    }

    @PostMapping("/admin/listings/{id}/approve")
    ResponseEntity<ListingJson> approve(@PathVariable String id) {
        return ok(listings.approve(ListingId.of(id)));
    }

    static Member signedIn(@Nullable Member me) {
        if (me == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in or send an API token");
        }
        return me;
    }

    private static ResponseEntity<ListingJson> ok(ListingView view) {
        return ResponseEntity.ok().eTag(etag(view)).body(ListingJson.of(view));
    }

    private static String etag(ListingView view) {
        return dev.agora.kernel.web.ETags.strong(view.version());
    }

    private static long version(String ifMatch) {
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "etag.invalid", "not an ETag of this listing");
        }
    }
}
