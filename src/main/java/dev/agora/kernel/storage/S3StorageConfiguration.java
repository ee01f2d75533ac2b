package dev.agora.kernel.storage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Switches blob storage to S3 when {@code agora.storage.type=s3}; the filesystem stays the default. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "agora.storage.type", havingValue = "s3")
class S3StorageConfiguration {

    @Bean(destroyMethod = "close")
    S3BlobStorage s3BlobStorage(S3Settings settings) {
        return new S3BlobStorage(S3BlobStorage.client(settings), settings.bucket());
    }
}
