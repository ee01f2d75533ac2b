package dev.agora.orders.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.BookingMode;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ServiceSlots;
import dev.agora.listings.ListingNotFoundException;
import dev.agora.listings.ListingType;
import dev.agora.listings.ListingView;
import dev.agora.orders.DeliveryQuotes;
import dev.agora.orders.OrderId;
import dev.agora.orders.OrderPlaced;
import dev.agora.orders.PlaceOrder;
import dev.agora.orders.Quote;
import dev.agora.orders.internal.pricing.CommissionSettings;
import dev.agora.orders.internal.pricing.CommissionVersions;
import dev.agora.listings.CancellationPolicies;
import dev.agora.orders.internal.pricing.Pricing;
import dev.agora.orders.internal.process.ProcessCatalog;
import dev.agora.payments.PaymentResult;
import dev.agora.payments.PaymentState;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quotes and places orders. Placing holds the stock and stores the order in one transaction, then authorises
 * the card (outside it); a declined card cancels the order and gives the stock back, an authorised one starts
 * the process (buy now captures at once, request to book waits for the seller).
 */
@Component
class OrderCheckout {

    private final ListingManagement listings;
    private final CommissionSettings commission;
    private final CommissionVersions versions;
    private final CancellationPolicies policies;
    private final ProcessCatalog processes;
    private final OrderRepository orders;
    private final StockReservations stock;
    private final ServiceSlots slots;
    private final PaymentSteps payments;
    private final OrderTransitions transitions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String baseUrl;
    private final ObjectProvider<DeliveryQuotes> deliveryQuotes;
    private final dev.agora.listings.RentalCalendar rentals; // issue 6: rentals hold their days
    private final QuoteAvailability availability; // orders-gaps
    private final OrderViews views; // orders-lean

    OrderCheckout(ListingManagement listings, CommissionSettings commission, ProcessCatalog processes,
            OrderRepository orders, StockReservations stock, ServiceSlots slots, PaymentSteps payments, OrderTransitions transitions,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${agora.base-url}") String baseUrl,
            ObjectProvider<DeliveryQuotes> deliveryQuotes, CommissionVersions versions, CancellationPolicies policies,
            dev.agora.listings.RentalCalendar rentals, QuoteAvailability availability, OrderViews views) {
        this.views = views;
        this.availability = availability;
        this.rentals = rentals;
        this.deliveryQuotes = deliveryQuotes;
        this.listings = listings;
        this.commission = commission;
        this.processes = processes;
        this.orders = orders;
        this.stock = stock;
        this.slots = slots;
        this.payments = payments;
        this.transitions = transitions;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.versions = versions;
        this.policies = policies;
    }

    Quote quote(AccountId buyer, PlaceOrder command) {
        ListingView listing = checked(buyer, command);
        Quote quote = price(listing, command);
        availability.check(listing, command); // orders-gaps: stock, rental days, slot; read only
        return quote;
    }

    /** The placed order, and its buyer's view when it moved on at once (paid), read in the moving transaction. */
    record Placed(OrderId id, dev.agora.orders.@org.jspecify.annotations.Nullable OrderView view) {}

    Placed place(AccountId buyer, PlaceOrder command) {
        ListingView listing = checked(buyer, command);
        if (command.paymentMethod() == null || command.paymentMethod().isBlank()) {
            throw InvalidInputException.of("paymentMethod", "orders.payment-method.required", "Enter a card");
        }
        if (bookedBySlot(listing) && command.slot() == null) {
            // a quote needs no slot; placing does
            throw InvalidInputException.of("slot", "orders.slot.required", "Pick a time slot");
        }
        if (listing.type() == ListingType.RENTAL && command.startsAt() == null) {
            // issue 6: a rental holds its days in the listing's calendar, so it needs them
            throw InvalidInputException.of("startsAt", "orders.starts-at.required", "Choose when the rental starts");
        }
        var priced = versions.termsFor(listing.categorySlug(), listing.sellerId(), clock.instant());
        Quote quote = price(listing, command, priced);
        var process = processes.forNewOrder(listing.type());
        var terms = priced.terms();
        String policy = listing.type() == ListingType.ITEM ? null : policies.of(listing.id()).name();
        OrderId id = OrderId.random();
        Order placed = tx.execute(status -> {
            int units = listing.type() == ListingType.ITEM ? Math.toIntExact(command.quantity()) : 0;
            if (units > 0) {
                stock.hold(listing.id(), units, listing.stock());
            }
            if (bookedBySlot(listing)) {
                // the chosen slot is held in this transaction, under its counter row's lock, like stock
                slots.reserve(listing.id(), command.slot(), id.value());
            }
            if (listing.type() == ListingType.RENTAL) {
                // issue 6: one row per day under a unique key, in this transaction: overlapping bookings, one wins
                rentals.reserve(listing.id(), java.util.Objects.requireNonNull(command.startsAt()), command.quantity(), id.value());
            }
            Instant now = clock.instant();
            Order order = orders.save(new Order(id, listing.id(), listing.title(), buyer, listing.sellerId(), process,
                    command.quantity(), units, quote, terms, commission.promoBasisPoints(command.promoCode()), now,
                    command.delivery(), priced.version(), policy, command.startsAt()));
            if (listing.type() == ListingType.RENTAL && process.from("in_progress").stream()
                    .anyMatch(t -> t.name().equals("returned"))) {
                order.requireReturn(); // issue 7: the rental ends with the item's return, which settles the deposit
            }
            transitions.scheduleTimers(order, process, now);
            events.publishEvent(new OrderPlaced(id, listing.id(), buyer, listing.sellerId(), quote.buyerTotal(), now,
                    order.listingTitle()));
            return order;
        });
        PaymentResult result = payments.authorise(OrderSnapshot.of(placed), command.paymentMethod(),
                baseUrl + "/orders/" + id);
        if (result.state() == PaymentState.SUCCEEDED) {
            // orders-lean: the buyer's view comes from the transaction that moved the order, not from a read after it
            return new Placed(id, authorised(id, order -> views.of(order, buyer, false)));
        } else if (result.state() == PaymentState.REQUIRES_ACTION && result.actionUrl() != null) {
            tx.executeWithoutResult(status -> orders.lockById(id.value()).orElseThrow().awaitPaymentAction(result.actionUrl()));
        } else {
            transitions.bySystem(id, "decline");
            throw InvalidInputException.of("paymentMethod", "orders.payment.declined",
                    "The card was declined (" + result.failureCode() + ")");
        }
        return new Placed(id, null);
    }

    /** The card is authorised (now or after an authentication step): buy now captures at once. */
    void authorised(OrderId id) {
        authorised(id, order -> null);
    }

    private <T> @org.jspecify.annotations.Nullable T authorised(OrderId id, java.util.function.Function<Order, T> after) {
        return transitions.bySystem(id, "pay", Order::authorised, after);
    }

    private Quote price(ListingView listing, PlaceOrder command) {
        return price(listing, command, versions.termsFor(listing.categorySlug(), listing.sellerId(), clock.instant()));
    }

    private Quote price(ListingView listing, PlaceOrder command, CommissionVersions.Priced priced) {
        var delivery = listing.delivery().shipping() ? listing.delivery().shippingFee() : null;
        boolean platformDelivery = false;
        DeliveryQuotes provider = deliveryQuotes.getIfAvailable();
        if (command.delivery() != null && provider != null) {
            DeliveryQuotes.Fee fee = provider.quote(listing, command.quantity(), command.delivery());
            delivery = fee.amount();
            platformDelivery = fee.platformCollects();
        }
        return Pricing.price(listing.price(), command.quantity(), listing.title(), delivery, platformDelivery,
                priced.terms(), commission.promoBasisPoints(command.promoCode()),
                listing.type() == ListingType.RENTAL ? listing.deposit() : null); // issue 7: rental deposit
    }

    private static boolean bookedBySlot(ListingView listing) {
        return listing.type() == ListingType.SERVICE && listing.bookingMode() == BookingMode.SLOTS;
    }

    private ListingView checked(AccountId buyer, PlaceOrder command) {
        ListingView listing = listings.findVisible(command.listingId())
                .orElseThrow(() -> new ListingNotFoundException(command.listingId()));
        if (!listing.isPublished()) {
            throw InvalidInputException.of("listingId", "orders.listing.unavailable", "This listing is not available");
        }
        if (listing.sellerId().equals(buyer)) {
            throw InvalidInputException.of("listingId", "orders.listing.own", "You cannot buy your own listing");
        }
        if (command.startsAt() != null && command.startsAt().isBefore(clock.instant())) {
            throw InvalidInputException.of("startsAt", "orders.starts-at.past", "Choose a start in the future");
        }
        if (command.quantity() <= 0) {
            throw InvalidInputException.of("quantity", "orders.quantity.positive", "Choose at least one");
        }
        if (listing.type() == ListingType.ITEM && command.quantity() > listing.stock()) {
            throw InvalidInputException.of("quantity", "orders.quantity.above-stock", "Only " + listing.stock() + " available");
        }
        if (listing.type() != ListingType.ITEM && (listing.minDuration() != null && command.quantity() < listing.minDuration()
                || listing.maxDuration() != null && command.quantity() > listing.maxDuration())) {
            throw InvalidInputException.of("quantity", "orders.quantity.duration", "Choose between "
                    + listing.minDuration() + " and " + listing.maxDuration());
        }
        return listing;
    }
}
