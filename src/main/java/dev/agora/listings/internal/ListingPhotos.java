package dev.agora.listings.internal;

import dev.agora.kernel.storage.BlobStorage;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Puts processed photos into blob storage and onto the listing; removes them again. */
@Component
class ListingPhotos {

    private final PhotoPipeline pipeline;
    private final BlobStorage storage;
    private final ListingsSettings settings;

    ListingPhotos(PhotoPipeline pipeline, BlobStorage storage, ListingsSettings settings) {
        this.pipeline = pipeline;
        this.storage = storage;
        this.settings = settings;
    }

    void add(Listing listing, byte[] upload) {
        if (listing.photos().size() >= settings.maxPhotos()) {
            // refused before the expensive decode
            throw dev.agora.kernel.validation.InvalidInputException.of(
                    "photos", "photos.tooMany", "a listing has at most " + settings.maxPhotos() + " photos");
        }
        PhotoPipeline.ProcessedPhoto processed = pipeline.process(upload);
        String photoId = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        listing.addPhoto(new Photo(photoId, processed.contentHash(), processed.width(), processed.height()),
                settings.maxPhotos());
        processed.renditions().forEach((size, jpeg) ->
                storage.put(ListingViews.photoKey(listing.id(), photoId, size), jpeg, "image/jpeg"));
    }

    /** Stores precomputed renditions (the demo seeder draws each picture once and reuses it). */
    void addProcessed(Listing listing, PhotoPipeline.ProcessedPhoto processed) {
        String photoId = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        listing.addPhoto(new Photo(photoId, processed.contentHash(), processed.width(), processed.height()),
                settings.maxPhotos());
        processed.renditions().forEach((size, jpeg) ->
                storage.put(ListingViews.photoKey(listing.id(), photoId, size), jpeg, "image/jpeg"));
    }

    void remove(Listing listing, String photoId) {
        listing.removePhoto(photoId);
        PhotoPipeline.SIZES.keySet().forEach(size -> storage.delete(ListingViews.photoKey(listing.id(), photoId, size)));
    }
}
