package dev.agora.kernel.images;

/**
 * How large an upload may be. Pixels are limited separately from bytes because a small, highly compressed
 * file can claim a huge canvas (a decompression bomb) and exhaust memory when decoded.
 */
public record ImageLimits(int maxBytes, long maxPixels) {

    /** 10 MB and 40 megapixels: every current phone camera fits, a bomb does not. */
    public static final ImageLimits DEFAULT = new ImageLimits(10 * 1024 * 1024, 40_000_000L);
}
