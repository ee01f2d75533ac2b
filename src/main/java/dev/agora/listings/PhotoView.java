package dev.agora.listings;

/** One photo of a listing in its three sizes (small 320 px, medium 800 px, large 1600 px, longest side). */
public record PhotoView(String id, int position, int width, int height, String smallUrl, String mediumUrl,
        String largeUrl) {}
