package dev.agora.kernel.storage;

import dev.agora.kernel.config.AgoraSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The embedded default: files under {@code <data-dir>/blobs}, the content type in a sidecar file. */
@Component
@ConditionalOnProperty(name = "agora.storage.type", havingValue = "filesystem", matchIfMissing = true)
class FileSystemBlobStorage implements BlobStorage {

    private final Path root;

    FileSystemBlobStorage(AgoraSettings settings) {
        this.root = settings.dataDir().resolve("blobs").toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        Path file = resolve(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            Files.writeString(typeFile(file), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<StoredBlob> get(String key) {
        Path file = resolve(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String type = Files.exists(typeFile(file)) ? Files.readString(typeFile(file)) : "application/octet-stream";
            return Optional.of(new StoredBlob(Files.readAllBytes(file), type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        Path file = resolve(key);
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(typeFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || key.isBlank()) {
            throw new IllegalArgumentException("Invalid storage key: " + key);
        }
        return file;
    }

    private static Path typeFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".type");
    }
}
