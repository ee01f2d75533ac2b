package dev.agora.kernel.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class S3BlobStorageTests {

    static S3TestServer s3;
    static S3BlobStorage storage;

    @BeforeAll
    static void start() throws Exception {
        s3 = S3TestServer.inMemory("photos");
        storage = s3.storage("photos");
    }

    @AfterAll
    static void stop() throws Exception {
        storage.close();
        s3.close();
    }

    @Test
    void storesReadsAndDeletesObjectsInTheBucket() {
        storage.put("listings/1/a-small.jpg", "jpeg bytes".getBytes(StandardCharsets.UTF_8), "image/jpeg");

        assertThat(s3.blobStore().blobExists("photos", "listings/1/a-small.jpg")).isTrue();
        var blob = storage.get("listings/1/a-small.jpg").orElseThrow();
        assertThat(new String(blob.content(), StandardCharsets.UTF_8)).isEqualTo("jpeg bytes");
        assertThat(blob.contentType()).isEqualTo("image/jpeg");

        storage.delete("listings/1/a-small.jpg");
        assertThat(storage.get("listings/1/a-small.jpg")).isEmpty();
    }

    @Test
    void missingObjectsAreEmpty() {
        assertThat(storage.get("nothing/here.jpg")).isEmpty();
    }

    @Test
    void wrongCredentialsAreRefusedByTheServer() {
        try (var intruder = new S3BlobStorage(S3BlobStorage.client(new S3Settings("photos", s3.endpoint(),
                "eu-central-1", true, S3TestServer.ACCESS_KEY, "not-the-secret")), "photos")) {
            assertThatThrownBy(() -> intruder.put("listings/1/x.jpg", new byte[] {1}, "image/jpeg"))
                    .isInstanceOf(software.amazon.awssdk.services.s3.model.S3Exception.class);
        }
        assertThat(s3.blobStore().blobExists("photos", "listings/1/x.jpg")).isFalse();
    }

    @Test
    void refusesKeysThatEscape() {
        assertThatThrownBy(() -> storage.put("../etc/passwd", new byte[1], "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
