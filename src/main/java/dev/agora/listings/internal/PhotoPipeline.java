package dev.agora.listings.internal;

import dev.agora.kernel.images.ImageInspector;
import dev.agora.kernel.images.ImageLimits;
import dev.agora.kernel.images.RejectedImageException;
import dev.agora.kernel.validation.InvalidInputException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

/**
 * Turns an upload into safe JPEGs in three sizes. The type is decided by the file's first bytes, never its
 * name; the pixel count is read from the header before decoding, so a decompression bomb is refused without
 * being inflated (both by the kernel's {@link ImageInspector}). Re-encoding drops every metadata block (EXIF, GPS, XMP); the EXIF orientation is applied
 * to the pixels first so the photo still stands upright.
 */
@Component
class PhotoPipeline {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    static final Map<String, Integer> SIZES = sizes();

    record ProcessedPhoto(String contentHash, int width, int height, Map<String, byte[]> renditions) {}

    private static Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("large", 1600);
        sizes.put("medium", 800);
        sizes.put("small", 320);
        return sizes;
    }

    ProcessedPhoto process(byte[] upload) {
        checked(upload);
        try {
            BufferedImage upright = Thumbnails.of(new ByteArrayInputStream(upload))
                    .scale(1.0)
                    .useExifOrientation(true)
                    .asBufferedImage();
            BufferedImage opaque = onWhite(upright);
            Map<String, byte[]> renditions = new LinkedHashMap<>();
            for (var size : SIZES.entrySet()) {
                renditions.put(size.getKey(), jpeg(opaque, size.getValue()));
            }
            return new ProcessedPhoto(sha256(upload), opaque.getWidth(), opaque.getHeight(), renditions);
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("photo", "photo.unreadable", "this image could not be read");
        }
    }

    /**
     * Size, type by magic bytes and pixel count from the header, by the kernel's {@link ImageInspector}; its
     * refusals become this module's field errors.
     */
    private static void checked(byte[] upload) {
        try {
            ImageInspector.inspect(upload, new ImageLimits((int) MAX_BYTES, MAX_PIXELS));
        } catch (RejectedImageException e) {
            throw switch (e.code()) {
                case "image.empty", "image.tooLarge" ->
                        InvalidInputException.of("photo", "photo.size", "a photo must be at most 10 MB");
                case "image.unsupported" ->
                        InvalidInputException.of("photo", "photo.type", "only JPEG, PNG and WebP images are accepted");
                case "image.tooManyPixels" ->
                        InvalidInputException.of("photo", "photo.pixels", "a photo must be at most 40 megapixels");
                default -> InvalidInputException.of("photo", "photo.unreadable", "this image could not be read");
            };
        }
    }

    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static byte[] jpeg(BufferedImage image, int longestSide) throws IOException {
        var out = new ByteArrayOutputStream();
        var builder = Thumbnails.of(image).outputFormat("jpg").outputQuality(0.85);
        if (Math.max(image.getWidth(), image.getHeight()) > longestSide) {
            builder.size(longestSide, longestSide);
        } else {
            builder.scale(1.0);
        }
        builder.toOutputStream(out);
        return out.toByteArray();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
