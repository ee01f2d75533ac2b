package dev.agora.fulfillment.internal.api;

import dev.agora.identity.Member;
import dev.agora.orders.OrderNotFoundException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

final class FulfillmentApiSupport {

    private FulfillmentApiSupport() {}

    static <T> T found(Supplier<T> read) {
        try {
            return read.get();
        } catch (OrderNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    static Member signedIn(@Nullable Member me) {
        if (me == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in or send an API token");
        }
        return me;
    }
}
