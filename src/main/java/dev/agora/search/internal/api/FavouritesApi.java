package dev.agora.search.internal.api;

import dev.agora.identity.Member;
import dev.agora.kernel.web.ApiController;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import dev.agora.search.internal.Favourites;
import dev.agora.search.internal.SearchService.Hit;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;

/** {@code /api/v1/me/favourites}: list, add ({@code PUT}, idempotent) and remove ({@code DELETE}). */
@ApiController("/api/v1/me/favourites")
class FavouritesApi {

    private final Favourites favourites;
    private final ListingManagement listings;

    FavouritesApi(Favourites favourites, ListingManagement listings) {
        this.favourites = favourites;
        this.listings = listings;
    }

    @GetMapping
    List<Hit> list(@AuthenticationPrincipal Member me) {
        return favourites.of(me.id(), 500).stream().map(listings::findVisible).flatMap(Optional::stream)
                .map(Hit::of).toList();
    }

    @PutMapping("/{id}")
    ResponseEntity<Void> add(@AuthenticationPrincipal Member me, @PathVariable String id) {
        try {
            favourites.add(me.id(), ListingId.of(id));
        } catch (ListingNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such listing");
        }
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal Member me, @PathVariable String id) {
        try {
            favourites.remove(me.id(), ListingId.of(id));
        } catch (ListingNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such listing");
        }
        return ResponseEntity.noContent().build();
    }
}
