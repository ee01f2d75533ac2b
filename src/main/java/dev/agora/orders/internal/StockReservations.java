package dev.agora.orders.internal;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Units of a listing held by open orders. Holding locks the listing's row ({@code SELECT ... FOR UPDATE}) for the
 * rest of the caller's transaction, so concurrent checkouts, on any node, queue up and a unique item is held
 * by one order at most.
 */
@Component
class StockReservations {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    StockReservations(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Holds {@code units} within the caller's transaction, or refuses if fewer than that are left. */
    void hold(ListingId listing, int units, int stock) {
        // perf (issue 6): the row exists after a listing's first checkout; creating it (in a transaction and
        // connection of its own) only then keeps the usual checkout at one connection and one transaction
        var locked = jdbc.sql("SELECT held FROM order_stock WHERE listing_id = ? FOR UPDATE")
                .param(listing.value()).query(Integer.class).optional();
        if (locked.isEmpty()) {
            ensureRow(listing);
        }
        int held = locked.isPresent() ? locked.get() : jdbc.sql("SELECT held FROM order_stock WHERE listing_id = ? FOR UPDATE")
                .param(listing.value()).query(Integer.class).single();
        if (held + units > stock) {
            throw InvalidInputException.of("quantity", "orders.quantity.above-stock",
                    stock - held <= 0 ? "This is no longer available" : "Only " + (stock - held) + " left");
        }
        jdbc.sql("UPDATE order_stock SET held = held + ? WHERE listing_id = ?").param(units).param(listing.value()).update();
    }

    void release(ListingId listing, int units) {
        if (units > 0) {
            jdbc.sql("UPDATE order_stock SET held = held - ? WHERE listing_id = ?").param(units).param(listing.value()).update();
        }
    }

    int held(ListingId listing) {
        return jdbc.sql("SELECT held FROM order_stock WHERE listing_id = ?").param(listing.value())
                .query(Integer.class).optional().orElse(0);
    }

    /** The row exists before anyone locks it; racing first checkouts both end up with one row. */
    private void ensureRow(ListingId listing) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql(
                    "INSERT INTO order_stock (listing_id, held) SELECT ?, 0 WHERE NOT EXISTS "
                            + "(SELECT 1 FROM order_stock WHERE listing_id = ?)")
                    .param(listing.value()).param(listing.value()).update());
        } catch (DataIntegrityViolationException alreadyThere) {
            // another checkout created it first
        }
    }
}
