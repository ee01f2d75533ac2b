package dev.agora.fulfillment.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A courier acting on a job another courier holds: forbidden, nothing changes. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NotYourJobException extends RuntimeException {

    NotYourJobException() {
        super("This job is assigned to another courier");
    }
}
