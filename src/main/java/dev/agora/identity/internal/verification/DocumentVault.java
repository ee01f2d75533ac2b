package dev.agora.identity.internal.verification;

import dev.agora.kernel.storage.BlobStorage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Identity documents at rest: AES-256-GCM with the configured key, a fresh 12-byte nonce per document stored in
 * front of the ciphertext, and the blob key as associated data so a ciphertext moved to another key fails to
 * decrypt. The blob store (file system or S3) only ever sees ciphertext.
 */
@Component
class DocumentVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final BlobStorage blobs;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    DocumentVault(BlobStorage blobs, VerificationSettings settings) {
        this.blobs = blobs;
        this.key = new SecretKeySpec(settings.documentKeyBytes(), "AES");
    }

    void put(String blobKey, byte[] plain, String contentType) {
        blobs.put(blobKey, encrypt(blobKey, plain), "application/octet-stream;original=" + contentType);
    }

    Optional<byte[]> get(String blobKey) {
        return blobs.get(blobKey).map(blob -> decrypt(blobKey, blob.content()));
    }

    void delete(String blobKey) {
        blobs.delete(blobKey);
    }

    byte[] encrypt(String blobKey, byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(blobKey.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt an identity document", e);
        }
    }

    byte[] decrypt(String blobKey, byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(blobKey.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt identity document " + blobKey, e);
        }
    }
}
