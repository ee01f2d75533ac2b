package dev.agora.listings.internal;

import dev.agora.IntegrationTest;
import dev.agora.kernel.storage.BlobStorage;
import org.springframework.beans.factory.annotation.Autowired;

/** The application's default storage: files under the data directory. */
@IntegrationTest
class StoredPhotoOnFileSystemTests extends StoredPhotoContract {

    @Autowired BlobStorage storage;

    @Override
    BlobStorage storage() {
        return storage;
    }
}
