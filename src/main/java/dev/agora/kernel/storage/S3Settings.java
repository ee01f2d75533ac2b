package dev.agora.kernel.storage;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.storage.s3.*}, used when {@code agora.storage.type=s3}.
 *
 * @param bucket the bucket every blob goes to (it must exist)
 * @param endpoint an S3-compatible service's address; empty for AWS itself
 * @param region the region (any value for most S3-compatible services)
 * @param pathStyle address the bucket in the path ({@code /bucket/key}), as MinIO and others need
 * @param accessKey with {@code secretKey}; when empty the AWS default credential chain is used
 */
@ConfigurationProperties("agora.storage.s3")
public record S3Settings(
        @DefaultValue("agora") String bucket,
        @Nullable URI endpoint,
        @DefaultValue("eu-central-1") String region,
        @DefaultValue("true") boolean pathStyle,
        @Nullable String accessKey,
        @Nullable String secretKey) {}
