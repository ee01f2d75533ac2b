package dev.agora.listings.internal.web;

import dev.agora.kernel.storage.BlobStorage;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves listing photos from blob storage. A photo's id never changes content, so it is cached for a year. */
@Controller
class PhotoController {

    private final BlobStorage storage;

    PhotoController(BlobStorage storage) {
        this.storage = storage;
    }

    @GetMapping("/l/photos/{listingId:[0-9a-f-]{36}}/{file:[0-9a-f]{20}-(?:small|medium|large)\\.jpg}")
    ResponseEntity<byte[]> photo(@PathVariable String listingId, @PathVariable String file) {
        return storage.get("listings/" + listingId + "/" + file)
                .map(blob -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(blob.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
