package dev.agora.listings.internal;

import dev.agora.kernel.storage.BlobStorage;
import dev.agora.kernel.storage.S3BlobStorage;
import dev.agora.kernel.storage.S3TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The photo pipeline into the S3 adapter, against S3Proxy with its filesystem blobstore in the test JVM (a real
 * S3 protocol implementation checking signatures); no Spring context.
 */
class StoredPhotoOnS3Tests extends StoredPhotoContract {

    @TempDir
    static Path folder;

    static S3TestServer s3;
    static S3BlobStorage storage;

    @BeforeAll
    static void start() throws Exception {
        s3 = S3TestServer.onFileSystem(folder, "agora");
        storage = s3.storage("agora");
    }

    @AfterAll
    static void stop() throws Exception {
        storage.close();
        s3.close();
    }

    @Override
    BlobStorage storage() {
        return storage;
    }
}
