package dev.agora.kernel.images;

/** What the header of an accepted upload says, read before any pixel is decoded. */
public record ImageFacts(ImageFormat format, int width, int height, int bytes) {

    public long pixels() {
        return (long) width * height;
    }
}
