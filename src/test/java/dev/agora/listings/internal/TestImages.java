package dev.agora.listings.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Images built in memory for photo tests: JPEGs with an EXIF block (orientation, fake GPS), PNGs, bombs. */
public final class TestImages {

    private TestImages() {}

    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2b4c7e));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        return image;
    }

    public static byte[] png(int width, int height) throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height), "png", out);
        return out.toByteArray();
    }

    /** A JPEG with an APP1 EXIF segment holding the orientation and a marker string standing in for GPS data. */
    public static byte[] jpegWithExif(int width, int height, int orientation) throws Exception {
        var plain = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height), "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] secret = "GPS-SECRET 48.137N 11.575E".getBytes(StandardCharsets.US_ASCII);
        // TIFF header (big endian) + IFD0 with one entry: Orientation (0x0112, SHORT, 1)
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + secret.length);
        tiff.put(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        tiff.put(secret);
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(tiff.array()).array();
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A tiny valid PNG whose header claims a huge size; its pixel data would inflate to gigabytes. */
    public static byte[] pngBomb(int width, int height) throws Exception {
        var out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[64 * 1024]);
        deflater.finish();
        byte[] buffer = new byte[1024];
        int n = deflater.deflate(buffer);
        chunk(out, "IDAT", java.util.Arrays.copyOf(buffer, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
