package dev.agora.kernel.images;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decides whether uploaded bytes are an image we dare to decode: size in bytes, format by magic bytes, then
 * the canvas size from the header only, so decompression bombs are rejected before any pixel is decoded.
 */
public final class ImageInspector {

    static {
        // plugins (WebP, the sturdier JPEG reader) must be found from the application's class loader, also in
        // a Boot fat jar; and no temporary files for image streams
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    private ImageInspector() {}

    public static ImageFacts inspect(byte[] content) {
        return inspect(content, ImageLimits.DEFAULT);
    }

    public static ImageFacts inspect(byte[] content, ImageLimits limits) {
        if (content.length == 0) {
            throw new RejectedImageException("image.empty", "no file was uploaded");
        }
        if (content.length > limits.maxBytes()) {
            throw new RejectedImageException("image.tooLarge", "the file is larger than " + limits.maxBytes() + " bytes");
        }
        ImageFormat format = ImageFormat.sniff(content)
                .orElseThrow(() -> new RejectedImageException("image.unsupported", "not a JPEG, PNG or WebP image"));
        var facts = readHeader(content, format);
        if (facts.width() <= 0 || facts.height() <= 0) {
            throw new RejectedImageException("image.unreadable", "the image has no size");
        }
        if (facts.pixels() > limits.maxPixels()) {
            throw new RejectedImageException(
                    "image.tooManyPixels", "the image has more than " + limits.maxPixels() + " pixels");
        }
        return facts;
    }

    private static ImageFacts readHeader(byte[] content, ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
        if (!readers.hasNext()) {
            throw new RejectedImageException("image.unsupported", "no reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            return new ImageFacts(format, reader.getWidth(0), reader.getHeight(0), content.length);
        } catch (IOException | RuntimeException e) {
            throw new RejectedImageException("image.unreadable", "the image header cannot be read", e);
        } finally {
            reader.dispose();
        }
    }
}
