package dev.agora.kernel.web;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Entity tags from an entity's version number, and the {@code If-Match} check for updates where a lost
 * update matters: a missing {@code If-Match} is 428, a stale one 412, both as problem+json.
 *
 * <p>{@code If-Match} asks for strong comparison (RFC 9110), but proxies that compress responses turn strong
 * tags weak; since our tags name a version, not bytes, a weak tag of the same version is accepted too.
 */
public final class ETags {

    private ETags() {}

    public static String strong(long version) {
        return "\"" + version + "\"";
    }

    public static String weak(long version) {
        return "W/" + strong(version);
    }

    /** Throws unless {@code ifMatch} names {@code currentVersion} (or is {@code *}). */
    public static void requireMatch(@Nullable String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED, Problems.of(
                    HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "Precondition required",
                    "Send the ETag you last read in an If-Match header, so concurrent changes are not overwritten."),
                    null);
        }
        if (!matches(ifMatch, currentVersion)) {
            throw new ErrorResponseException(HttpStatus.PRECONDITION_FAILED, Problems.of(
                    HttpStatus.PRECONDITION_FAILED, "precondition-failed", "Precondition failed",
                    "The resource changed since you read it; fetch it again and retry."),
                    null);
        }
    }

    static boolean matches(String ifMatch, long currentVersion) {
        String current = strong(currentVersion);
        return Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }
}
