package dev.agora.kernel.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;

/**
 * Turns an inspected upload into fresh JPEGs: EXIF orientation applied, then re-encoded from pixels only, so
 * no metadata of the original (GPS position, camera serial, comments) survives.
 */
public final class ImageResizer {

    private static final float QUALITY = 0.85f;

    private ImageResizer() {}

    /** Centre-cropped squares, one JPEG per edge length (e.g. 256 and 64 for avatars), largest first decoded once. */
    public static Map<Integer, byte[]> squareJpegs(byte[] content, int... edges) {
        ImageInspector.inspect(content);
        int largest = Arrays.stream(edges).max().orElseThrow();
        BufferedImage square = decode(content, builder -> builder.crop(Positions.CENTER).size(largest, largest));
        Map<Integer, byte[]> jpegs = new LinkedHashMap<>();
        for (int edge : edges) {
            jpegs.put(edge, jpeg(edge == largest ? square : scale(square, edge, edge)));
        }
        return jpegs;
    }

    /** A JPEG that fits within a box of {@code maxEdge}, keeping the aspect ratio (e.g. listing photos). */
    public static byte[] fitWithinJpeg(byte[] content, int maxEdge) {
        ImageFacts facts = ImageInspector.inspect(content);
        boolean smaller = facts.width() <= maxEdge && facts.height() <= maxEdge;
        return jpeg(decode(content, builder -> smaller ? builder.scale(1.0) : builder.size(maxEdge, maxEdge)));
    }

    private interface Shape {
        Thumbnails.Builder<?> apply(Thumbnails.Builder<?> builder);
    }

    private static BufferedImage decode(byte[] content, Shape shape) {
        try {
            var builder = Thumbnails.of(new ByteArrayInputStream(content)).useExifOrientation(true);
            return shape.apply(builder).asBufferedImage();
        } catch (IOException | RuntimeException e) {
            throw new RejectedImageException("image.unreadable", "the image cannot be decoded", e);
        }
    }

    private static BufferedImage scale(BufferedImage image, int width, int height) {
        try {
            return Thumbnails.of(image).forceSize(width, height).asBufferedImage();
        } catch (IOException e) {
            throw new RejectedImageException("image.unreadable", "the image cannot be resized", e);
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        // JPEG has no alpha: flatten transparent pixels onto white instead of letting them turn black
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        graphics.drawImage(image, 0, 0, Color.WHITE, null);
        graphics.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new RejectedImageException("image.unreadable", "the image cannot be encoded", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
