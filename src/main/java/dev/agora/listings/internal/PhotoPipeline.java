package dev.agora.listings.internal;

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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

/**
 * Turns an upload into safe JPEGs in three sizes. The type is decided by the file's first bytes, never its
 * name; the pixel count is read from the header before decoding, so a decompression bomb is refused without
 * being inflated. Re-encoding drops every metadata block (EXIF, GPS, XMP); the EXIF orientation is applied
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
        if (upload.length == 0 || upload.length > MAX_BYTES) {
            throw InvalidInputException.of("photo", "photo.size", "a photo must be at most 10 MB");
        }
        String format = formatOf(upload);
        checkPixels(upload, format);
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

    /** JPEG, PNG or WebP by magic number; anything else is refused. */
    static String formatOf(byte[] data) {
        if (data.length > 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (data.length > 8 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return "png";
        }
        if (data.length > 12 && data[0] == 'R' && data[1] == 'I' && data[2] == 'F' && data[3] == 'F'
                && data[8] == 'W' && data[9] == 'E' && data[10] == 'B' && data[11] == 'P') {
            return "webp";
        }
        throw InvalidInputException.of("photo", "photo.type", "only JPEG, PNG and WebP images are accepted");
    }

    private static void checkPixels(byte[] upload, String format) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw InvalidInputException.of("photo", "photo.type", "this image format is not supported");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw InvalidInputException.of("photo", "photo.pixels", "a photo must be at most 40 megapixels");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw InvalidInputException.of("photo", "photo.unreadable", "this image could not be read");
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
