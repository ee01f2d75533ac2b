package dev.agora.orders;

/** No such order, or not one the viewer takes part in (the two look alike on purpose). */
public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(String id) {
        super("No order " + id);
    }
}
