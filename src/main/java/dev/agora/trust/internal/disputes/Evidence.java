package dev.agora.trust.internal.disputes;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;

/**
 * What the dispute pages and the API receive as evidence, read once for both: uploaded photos (empty file fields
 * skipped; the content is checked by {@link Disputes}) and amounts typed as text in the dispute's currency.
 */
public final class Evidence {

    private Evidence() {}

    /** The uploaded files' bytes; multipart files are {@link InputStreamSource}s. */
    public static List<Disputes.Photo> photos(@Nullable List<? extends InputStreamSource> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().map(Evidence::bytes).filter(bytes -> bytes.length > 0).map(Disputes.Photo::new).toList();
    }

    /** An amount such as {@code 25.00} or {@code 25,00} in the dispute's currency. */
    public static Money amount(@Nullable String text, Currency currency) {
        try {
            return Money.of(new BigDecimal(text == null ? "" : text.strip().replace(',', '.')), currency);
        } catch (RuntimeException e) {
            throw InvalidInputException.of("amount", "trust.dispute.amount", "Enter an amount such as 25.00");
        }
    }

    private static byte[] bytes(InputStreamSource file) {
        try (var in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
