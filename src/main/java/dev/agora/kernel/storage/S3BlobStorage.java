package dev.agora.kernel.storage;

import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Blobs in an S3-compatible bucket (AWS S3, MinIO, Ceph, Hetzner, ...) via the AWS SDK v2. Chosen by
 * {@code agora.storage.type=s3}; see {@link S3Settings}. Several app nodes share one bucket, so no node keeps
 * files of its own.
 */
public class S3BlobStorage implements BlobStorage, AutoCloseable {

    private final S3Client client;
    private final String bucket;

    public S3BlobStorage(S3Client client, String bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    /** A client for the settings; checksums only where S3 requires them, which every S3-compatible store accepts. */
    public static S3Client client(S3Settings settings) {
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        @Nullable URI endpoint = settings.endpoint();
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        if (settings.accessKey() != null && !settings.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        client.putObject(request -> request.bucket(bucket).key(checked(key)).contentType(contentType),
                RequestBody.fromBytes(content));
    }

    @Override
    public Optional<StoredBlob> get(String key) {
        try {
            ResponseBytes<GetObjectResponse> bytes =
                    client.getObjectAsBytes(request -> request.bucket(bucket).key(checked(key)));
            String type = bytes.response().contentType();
            return Optional.of(new StoredBlob(bytes.asByteArray(), type == null ? "application/octet-stream" : type));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) {
        client.deleteObject(request -> request.bucket(bucket).key(checked(key)));
    }

    @Override
    public void close() {
        client.close();
    }

    private static String checked(String key) {
        if (key.isBlank() || key.startsWith("/") || key.contains("..")) {
            throw new IllegalArgumentException("Invalid storage key: " + key);
        }
        return key;
    }
}
