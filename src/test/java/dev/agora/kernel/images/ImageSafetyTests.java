package dev.agora.kernel.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.identity.profile.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageSafetyTests {

    @Test
    void readsFormatAndSizeFromTheHeader() throws Exception {
        ImageFacts facts = ImageInspector.inspect(TestImages.encode(TestImages.halves(300, 200), "png"));

        assertThat(facts.format()).isEqualTo(ImageFormat.PNG);
        assertThat(facts.width()).isEqualTo(300);
        assertThat(facts.height()).isEqualTo(200);
    }

    @Test
    void rejectsTextThatClaimsToBeAnImage() {
        byte[] text = "just some text, saved as photo.jpg".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ImageInspector.inspect(text))
                .isInstanceOf(RejectedImageException.class)
                .extracting(e -> ((RejectedImageException) e).code())
                .isEqualTo("image.unsupported");
    }

    @Test
    void rejectsADecompressionBombFromItsHeaderAlone() {
        byte[] bomb = TestImages.pngBomb(50_000, 50_000);
        long started = System.nanoTime();

        assertThatThrownBy(() -> ImageResizer.squareJpegs(bomb, 256))
                .isInstanceOf(RejectedImageException.class)
                .extracting(e -> ((RejectedImageException) e).code())
                .isEqualTo("image.tooManyPixels");
        // decoding 2.5 gigapixels would take far longer (and the file has no pixel data to decode)
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void rejectsFilesOverTheByteLimit() {
        byte[] big = new byte[ImageLimits.DEFAULT.maxBytes() + 1];

        assertThatThrownBy(() -> ImageInspector.inspect(big))
                .extracting(e -> ((RejectedImageException) e).code())
                .isEqualTo("image.tooLarge");
    }

    @Test
    void rejectsATruncatedImage() throws Exception {
        byte[] png = TestImages.encode(TestImages.halves(300, 200), "png");
        byte[] truncated = java.util.Arrays.copyOf(png, 20);

        assertThatThrownBy(() -> ImageResizer.squareJpegs(truncated, 64))
                .isInstanceOf(RejectedImageException.class);
    }

    @Test
    void makesSquaresOfEachSize() throws Exception {
        Map<Integer, byte[]> squares = ImageResizer.squareJpegs(TestImages.encode(TestImages.halves(400, 300), "png"), 256, 64);

        assertThat(decode(squares.get(256)).getWidth()).isEqualTo(256);
        assertThat(decode(squares.get(256)).getHeight()).isEqualTo(256);
        assertThat(decode(squares.get(64)).getWidth()).isEqualTo(64);
    }

    @Test
    void dropsExifAndAppliesItsOrientation() throws Exception {
        byte[] photo = TestImages.jpegWithExif(TestImages.halves(400, 200));
        assertThat(TestImages.hasApp1(photo)).isTrue();

        byte[] square = ImageResizer.squareJpegs(photo, 256).get(256);

        assertThat(TestImages.hasApp1(square)).isFalse();
        BufferedImage image = decode(square);
        // stored left red / right blue; turned 90° clockwise the red half is on top
        assertThat(isRed(image.getRGB(200, 30))).isTrue();
        assertThat(isRed(image.getRGB(200, 226))).isFalse();
    }

    @Test
    void fitsWithinABoxKeepingTheAspectRatio() throws Exception {
        BufferedImage image = decode(ImageResizer.fitWithinJpeg(TestImages.encode(TestImages.halves(800, 400), "png"), 200));

        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(100);
    }

    private static BufferedImage decode(byte[] jpeg) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    private static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xff) > 180 && (rgb & 0xff) < 90;
    }
}
