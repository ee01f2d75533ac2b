package dev.agora.identity.internal;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * RFC 6238 codes (SHA-1, 6 digits, 30 s: what every authenticator app supports). Matching returns the time
 * step so the caller can refuse a replayed code; one step either side allows for clock drift.
 */
final class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    private static final DefaultCodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    private TotpCodes() {}

    static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    static OptionalLong matchingStep(String secret, String code, Instant now) {
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / PERIOD_SECONDS;
        for (long step = current - 1; step <= current + 1; step++) {
            if (code(secret, step).equals(digits)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    static String code(String secret, long step) {
        try {
            return GENERATOR.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute a TOTP code", e);
        }
    }

    /** The otpauth:// QR code as a data: URI, which the CSP allows for images. */
    static String qrCodeDataUri(String secret, String accountLabel) {
        var data = new QrData.Builder()
                .label(accountLabel)
                .secret(secret)
                .issuer("Agora")
                .algorithm(HashingAlgorithm.SHA1)
                .digits(6)
                .period(PERIOD_SECONDS)
                .build();
        try {
            var generator = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Cannot draw the QR code", e);
        }
    }
}
