package dev.agora.listings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.kernel.validation.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoPipelineTests {

    final PhotoPipeline pipeline = new PhotoPipeline();

    @Test
    void producesThreeJpegSizesWithoutMetadata() throws Exception {
        byte[] jpeg = TestImages.jpegWithExif(2400, 1800, 1);
        assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).contains("Exif").contains("GPS-SECRET");

        var photo = pipeline.process(jpeg);

        assertThat(photo.width()).isEqualTo(2400);
        assertThat(photo.renditions()).containsOnlyKeys("large", "medium", "small");
        assertThat(longestSide(photo.renditions().get("large"))).isEqualTo(1600);
        assertThat(longestSide(photo.renditions().get("medium"))).isEqualTo(800);
        assertThat(longestSide(photo.renditions().get("small"))).isEqualTo(320);
        for (byte[] rendition : photo.renditions().values()) {
            String raw = new String(rendition, StandardCharsets.ISO_8859_1);
            assertThat(raw).doesNotContain("Exif").doesNotContain("GPS-SECRET");
        }
    }

    @Test
    void appliesExifOrientationBeforeStrippingIt() throws Exception {
        // orientation 6 = rotate 90° clockwise: a landscape file becomes a portrait photo
        var photo = pipeline.process(TestImages.jpegWithExif(1200, 600, 6));
        BufferedImage large = ImageIO.read(new ByteArrayInputStream(photo.renditions().get("large")));
        assertThat(large.getHeight()).isGreaterThan(large.getWidth());
    }

    @Test
    void acceptsPngAndSmallImagesWithoutUpscaling() throws Exception {
        var photo = pipeline.process(TestImages.png(300, 200));
        assertThat(longestSide(photo.renditions().get("large"))).isEqualTo(300);
        assertThat(longestSide(photo.renditions().get("small"))).isEqualTo(300);
    }

    @Test
    void refusesFilesThatAreNotImagesWhateverTheirName() {
        assertThatThrownBy(() -> pipeline.process("%PDF-1.7 not a photo".getBytes()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("JPEG, PNG and WebP");
        assertThatThrownBy(() -> pipeline.process("<svg onload=alert(1)>".getBytes()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesDecompressionBombsBeforeDecoding() {
        // a PNG header claiming 20000 x 20000 pixels (400 MP) in a few hundred bytes
        assertThatThrownBy(() -> pipeline.process(TestImages.pngBomb(20_000, 20_000)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("40 megapixels");
    }

    @Test
    void refusesFilesOverTenMegabytes() {
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertThatThrownBy(() -> pipeline.process(huge)).hasMessageContaining("10 MB");
    }

    @Test
    void truncatedImagesAreRefusedClearly() throws Exception {
        byte[] png = TestImages.png(100, 100);
        byte[] truncated = java.util.Arrays.copyOf(png, 60);
        assertThatThrownBy(() -> pipeline.process(truncated)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void demoPictureIsProcessedQuickly() {
        long started = System.nanoTime();
        pipeline.process(DemoPictures.draw(1, "Bikes"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("demo picture processed in " + millis + " ms");
    }

    static int longestSide(byte[] jpeg) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(jpeg[0] & 0xFF).isEqualTo(0xFF);
        return Math.max(image.getWidth(), image.getHeight());
    }

    static byte[] bytes(BufferedImage image, String format) throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
