package dev.agora.kernel.storage;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where uploaded files (avatars, listing photos, attachments) live: a folder under the data directory by
 * default, S3-compatible object storage by configuration. Keys are slash-separated paths chosen by the
 * caller, e.g. {@code avatars/<account>/256.jpg}.
 */
public interface BlobStorage {

    void put(String key, byte[] content, String contentType);

    Optional<StoredBlob> get(String key);

    void delete(String key);

    record StoredBlob(byte[] content, String contentType) {
        public InputStream stream() {
            return new java.io.ByteArrayInputStream(content);
        }
    }
}
