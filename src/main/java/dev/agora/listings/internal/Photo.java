package dev.agora.listings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One stored photo; its three sizes live in blob storage under {@code listings/<listing>/<photo>-<size>.jpg}. */
@Embeddable
class Photo {

    @Column(name = "photo_id")
    private String photoId;

    @Column(name = "content_hash")
    private String contentHash;

    private int width;
    private int height;

    protected Photo() {
        this.photoId = "";
        this.contentHash = "";
    }

    Photo(String photoId, String contentHash, int width, int height) {
        this.photoId = photoId;
        this.contentHash = contentHash;
        this.width = width;
        this.height = height;
    }

    String photoId() {
        return photoId;
    }

    String contentHash() {
        return contentHash;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }
}
