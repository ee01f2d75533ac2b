package dev.agora.listings.internal;

import dev.agora.kernel.storage.BlobStorage;
import dev.agora.kernel.storage.InProcessS3;
import dev.agora.kernel.storage.S3BlobStorage;
import dev.agora.kernel.storage.S3Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The S3 adapter against an S3 endpoint in the test JVM; no Spring context. */
class StoredPhotoOnS3Tests extends StoredPhotoContract {

    static InProcessS3 s3;
    static S3BlobStorage storage;

    @BeforeAll
    static void start() throws Exception {
        s3 = new InProcessS3();
        storage = new S3BlobStorage(S3BlobStorage.client(
                new S3Settings("agora", s3.endpoint(), "eu-central-1", true, "key", "secret")), "agora");
    }

    @AfterAll
    static void stop() {
        storage.close();
        s3.close();
    }

    @Override
    BlobStorage storage() {
        return storage;
    }
}
