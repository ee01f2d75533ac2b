package dev.agora.trust.internal.disputes;

import dev.agora.kernel.images.ImageFacts;
import dev.agora.kernel.images.ImageInspector;
import dev.agora.kernel.images.ImageResizer;
import dev.agora.kernel.images.RejectedImageException;
import dev.agora.kernel.storage.BlobStorage;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.trust.internal.TrustSettings;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The parties' written claims and evidence photos: checked before anything changes (10–4000 characters; at most
 * {@code max-photos} images, re-encoded as JPEG ≤ 1600 px), stored in blob storage under {@code disputes/<id>/}.
 */
@Component
class DisputeEvidence {

    /** Photos that passed the checks, ready to store. */
    record Checked(List<byte[]> jpegs, List<ImageFacts> facts) {}

    private final DisputeStore store;
    private final BlobStorage blobs;
    private final TrustSettings settings;

    DisputeEvidence(DisputeStore store, BlobStorage blobs, TrustSettings settings) {
        this.store = store;
        this.blobs = blobs;
        this.settings = settings;
    }

    static String text(@Nullable String text) {
        String value = text == null ? "" : text.strip();
        if (value.length() < 10 || value.length() > 4000) {
            throw InvalidInputException.of("text", "trust.dispute.text-length", "Describe it in 10 to 4000 characters");
        }
        return value;
    }

    Checked checked(List<Disputes.Photo> photos) {
        if (photos.size() > settings.disputes().maxPhotos()) {
            throw InvalidInputException.of("photos", "trust.dispute.too-many-photos",
                    "At most " + settings.disputes().maxPhotos() + " photos");
        }
        var jpegs = new java.util.ArrayList<byte[]>();
        var facts = new java.util.ArrayList<ImageFacts>();
        for (Disputes.Photo photo : photos) {
            if (photo.content().length == 0) {
                continue;
            }
            try {
                ImageInspector.inspect(photo.content());
                byte[] jpeg = ImageResizer.fitWithinJpeg(photo.content(), 1600);
                facts.add(ImageInspector.inspect(jpeg));
                jpegs.add(jpeg);
            } catch (RejectedImageException e) {
                throw InvalidInputException.of("photos", "trust.dispute.photo-not-image", "Evidence must be a photo (JPEG, PNG or WebP)");
            }
        }
        return new Checked(jpegs, facts);
    }

    /** Stores checked photos as part of timeline step {@code seq}. */
    void store(UUID dispute, long seq, Checked photos) {
        for (int i = 0; i < photos.jpegs().size(); i++) {
            UUID id = UUID.randomUUID();
            String key = "disputes/" + dispute + "/" + id + ".jpg";
            blobs.put(key, photos.jpegs().get(i), "image/jpeg");
            store.addPhoto(id, dispute, seq, key, photos.facts().get(i).width(), photos.facts().get(i).height());
        }
    }

    Optional<BlobStorage.StoredBlob> photo(UUID dispute, UUID photo) {
        return store.photoKey(dispute, photo).flatMap(blobs::get);
    }
}
