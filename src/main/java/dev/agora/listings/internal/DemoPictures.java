package dev.agora.listings.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Draws a demo picture per category with Java2D: nothing is downloaded. */
final class DemoPictures {

    private static final Color[] PALETTE = {new Color(0x0f5c4d), new Color(0x8a3b12), new Color(0x2b4c7e),
            new Color(0x6b2d5c), new Color(0x44633f), new Color(0x9c6b00), new Color(0x37474f)};

    private DemoPictures() {}

    static byte[] draw(int index, String label) {
        int width = 800;
        int height = 600;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color base = PALETTE[index % PALETTE.length];
        g.setPaint(new GradientPaint(0, 0, base.brighter(), width, height, base.darker()));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(255, 255, 255, 60));
        for (int i = 0; i < 6; i++) {
            int size = 110 + 50 * ((index + i) % 5);
            g.fillOval((i * 233 + index * 97) % width - size / 3, (i * 151 + index * 59) % height - size / 3, size, size);
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(10));
        g.drawRoundRect(40, 40, width - 80, height - 80, 40, 40);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 56));
        int textWidth = g.getFontMetrics().stringWidth(label);
        g.drawString(label, (width - textWidth) / 2, height / 2 + 30);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
