package dev.agora.kernel.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.awaitility.Awaitility;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.apis.ApiMetadata;
import org.jclouds.blobstore.TransientApiMetadata;
import org.jclouds.filesystem.FilesystemApiMetadata;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jspecify.annotations.Nullable;

/**
 * A real S3 server in the test JVM: S3Proxy (the S3 protocol, AWS signature v2/v4 checked) over a jclouds
 * blobstore, either {@code transient} (in memory) or {@code filesystem} (a folder). Tests talk to it through
 * {@link S3BlobStorage} exactly as production talks to MinIO or AWS, and look behind it through
 * {@link #blobStore()}. See docs/decisions/0011-s3-test-server.md for why S3Proxy and how it fits beside Boot 4.
 */
public final class S3TestServer implements AutoCloseable {

    public static final String ACCESS_KEY = "agora-test-key";
    public static final String SECRET_KEY = "agora-test-secret";

    private final BlobStoreContext context;
    private final S3Proxy proxy;

    // the API metadata is named directly: looking a provider up by name loads every provider S3Proxy registers,
    // Azure's among them, whose jclouds module is left out of the test class path
    private S3TestServer(ApiMetadata provider, @Nullable Path folder, String bucket) throws Exception {
        Properties overrides = new Properties();
        if (folder != null) {
            overrides.setProperty("jclouds.filesystem.basedir", folder.toString());
        }
        context = ContextBuilder.newBuilder(provider).credentials("identity", "credential").overrides(overrides)
                .build(BlobStoreContext.class);
        context.getBlobStore().createContainerInLocation(null, bucket);
        proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "STARTED".equals(proxy.getState()));
    }

    /** Objects kept in memory. */
    public static S3TestServer inMemory(String bucket) throws Exception {
        return new S3TestServer(new TransientApiMetadata(), null, bucket);
    }

    /** Objects kept as files under {@code folder}, one sub-folder per bucket. */
    public static S3TestServer onFileSystem(Path folder, String bucket) throws Exception {
        return new S3TestServer(new FilesystemApiMetadata(), folder, bucket);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** An adapter configured as {@code agora.storage.s3.*} would configure it. */
    public S3BlobStorage storage(String bucket) {
        return new S3BlobStorage(S3BlobStorage.client(
                new S3Settings(bucket, endpoint(), "eu-central-1", true, ACCESS_KEY, SECRET_KEY)), bucket);
    }

    public BlobStore blobStore() {
        return context.getBlobStore();
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
    }
}
