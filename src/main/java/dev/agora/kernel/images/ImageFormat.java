package dev.agora.kernel.images;

import java.util.Arrays;
import java.util.Optional;

/** The image formats members may upload, recognised by their first bytes, never by name or declared type. */
public enum ImageFormat {
    JPEG("jpeg"),
    PNG("png"),
    WEBP("webp");

    private final String readerName;

    ImageFormat(String readerName) {
        this.readerName = readerName;
    }

    String readerName() {
        return readerName;
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    static Optional<ImageFormat> sniff(byte[] content) {
        if (content.length >= 3
                && (content[0] & 0xff) == 0xff
                && (content[1] & 0xff) == 0xd8
                && (content[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (content.length >= 8 && Arrays.equals(content, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return Optional.of(PNG);
        }
        if (content.length >= 12 && ascii(content, 0, "RIFF") && ascii(content, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] content, int offset, String expected) {
        for (int i = 0; i < expected.length(); i++) {
            if (content[offset + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
