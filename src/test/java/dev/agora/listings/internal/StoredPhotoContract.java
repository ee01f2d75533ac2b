package dev.agora.listings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.storage.BlobStorage;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ItemCondition;
import dev.agora.listings.ListingType;
import dev.agora.listings.PriceUnit;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The photo pipeline end to end into a storage: run on the filesystem default and on S3. */
abstract class StoredPhotoContract {

    abstract BlobStorage storage();

    ListingPhotos photos() {
        return new ListingPhotos(new PhotoPipeline(), storage(),
                new ListingsSettings(BigDecimal.valueOf(1_000_000), 40, List.of(), 12, 0));
    }

    static Listing listing() {
        var content = new ListingContent(UUID.randomUUID(), ListingType.ITEM, "Camera", "camera", "A camera.",
                Money.ofMinor(1000, "EUR"), PriceUnit.FIXED, ItemCondition.GOOD, "Berlin", "10115", null, null, false,
                true, false, null, 1, null, null, null, null, Map.of(), Set.of());
        return new Listing(UUID.randomUUID(), content, Instant.parse("2026-11-30T10:00:00Z"));
    }

    @Test
    void storesThreeSizesWithoutExifAndUpright() throws Exception {
        Listing listing = listing();
        photos().add(listing, TestImages.jpegWithExif(3000, 2000, 6));

        Photo photo = listing.photos().getFirst();
        assertThat(photo.width()).isEqualTo(2000);
        assertThat(photo.height()).isEqualTo(3000);
        Map<String, Integer> expected = Map.of("large", 1600, "medium", 800, "small", 320);
        for (var size : expected.entrySet()) {
            var blob = storage().get(ListingViews.photoKey(listing.id(), photo.photoId(), size.getKey())).orElseThrow();
            assertThat(blob.contentType()).isEqualTo("image/jpeg");
            var image = javax.imageio.ImageIO.read(blob.stream());
            assertThat(image.getHeight()).isEqualTo(size.getValue());
            assertThat(image.getWidth()).isLessThan(image.getHeight());
            String raw = new String(blob.content(), StandardCharsets.ISO_8859_1);
            assertThat(raw).doesNotContain("Exif").doesNotContain("GPS-SECRET");
        }
    }

    @Test
    void refusesABombAndStoresNothing() throws Exception {
        Listing listing = listing();
        assertThatThrownBy(() -> photos().add(listing, TestImages.pngBomb(30_000, 30_000)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(listing.photos()).isEmpty();
    }

    @Test
    void removingAPhotoDeletesItsSizes() throws Exception {
        Listing listing = listing();
        photos().add(listing, TestImages.png(500, 400));
        String photoId = listing.photos().getFirst().photoId();
        photos().remove(listing, photoId);
        assertThat(storage().get(ListingViews.photoKey(listing.id(), photoId, "small"))).isEmpty();
    }
}
