package dev.agora.kernel.images;

/**
 * An upload that is not a safe, supported image. {@link #code()} is a message key ({@code image.*}) the web
 * layer shows next to the file field; callers usually turn it into an InvalidInputException for their field.
 */
public class RejectedImageException extends RuntimeException {

    private final String code;

    RejectedImageException(String code, String message) {
        super(message);
        this.code = code;
    }

    RejectedImageException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
