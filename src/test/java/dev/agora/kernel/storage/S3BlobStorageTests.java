package dev.agora.kernel.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class S3BlobStorageTests {

    static InProcessS3 s3;
    static S3BlobStorage storage;

    @BeforeAll
    static void start() throws Exception {
        s3 = new InProcessS3();
        storage = new S3BlobStorage(S3BlobStorage.client(new S3Settings("photos", s3.endpoint(), "eu-central-1", true,
                "test-key", "test-secret")), "photos");
    }

    @AfterAll
    static void stop() {
        storage.close();
        s3.close();
    }

    @Test
    void storesReadsAndDeletesObjectsInTheBucket() {
        storage.put("listings/1/a-small.jpg", "jpeg bytes".getBytes(StandardCharsets.UTF_8), "image/jpeg");

        assertThat(s3.objects()).containsKey("photos/listings/1/a-small.jpg");
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
    void refusesKeysThatEscape() {
        assertThatThrownBy(() -> storage.put("../etc/passwd", new byte[1], "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
