package dev.agora.orders.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingId;
import dev.agora.orders.Actor;
import dev.agora.orders.DeliveryChoice;
import dev.agora.orders.DeliveryMethod;
import dev.agora.orders.OrderId;
import dev.agora.orders.Quote;
import dev.agora.orders.internal.pricing.CommissionTerms;
import dev.agora.orders.internal.process.TransactionProcess;
import dev.agora.orders.internal.process.Transition;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The order aggregate. Its state only changes through {@link #take}, which checks the transition belongs to the
 * order's own process version, starts from the current state and is taken by the right actor.
 */
@Entity
@Table(name = "orders")
class Order extends dev.agora.kernel.persistence.AssignedIdEntity {

    @Id
    private UUID id;
    private UUID listingId;
    private String listingTitle;
    private UUID buyerId;
    private UUID sellerId;
    private String processName;
    private int processVersion;
    private String state;
    private Instant stateEnteredAt;
    private long quantity;
    private int stockHeld;
    private String currency;
    private long buyerTotalMinor;
    private long commissionMinor;
    private long platformFeeMinor;
    private long sellerNetMinor;
    @Column(name = "seller_bp")
    private long sellerBp;
    @Column(name = "buyer_bp")
    private long buyerBp;
    private long buyerFixedMinor;
    private long minFeeMinor;
    private long maxFeeMinor;
    @Column(name = "promo_bp")
    private long promoBp;
    // --- payouts helper: commission version, refunds so far, cancellation policy and booked start
    private int commissionVersion;
    private long refundedMinor;
    private @Nullable String cancellationPolicy;
    private @Nullable Instant startsAt;
    // --- end payouts helper
    private boolean authorised;
    private @Nullable String paymentActionUrl;
    private Instant placedAt;
    // the buyer's delivery choice (null method: placed before delivery methods, self-arranged)
    private @Nullable String deliveryMethod;
    private @Nullable String deliveryAddress;
    private @Nullable String deliveryCity;
    private @Nullable String deliveryPostalCode;
    // --- issue 7: rentals end with the item's return, which settles the deposit less the late fee
    private boolean returnRequired;
    private long depositMinor; // a column, so a detached order (payment steps run outside transactions) knows it
    private @Nullable Long lateFeeMinor;
    // --- end issue 7
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<OrderLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "order_step", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<OrderStep> steps = new ArrayList<>();

    protected Order() {}

    @Override
    public UUID getId() {
        return id;
    }

    Order(OrderId id, ListingId listing, String title, AccountId buyer, AccountId seller, TransactionProcess process,
            long quantity, int stockHeld, Quote quote, CommissionTerms terms, long promoBp, Instant now,
            @Nullable DeliveryChoice delivery, int commissionVersion, @Nullable String cancellationPolicy,
            @Nullable Instant startsAt) {
        markUnsaved(); // orders-lean: the id is assigned, so a new order is persisted, not merged (no SELECT first)
        this.id = id.value();
        this.listingId = listing.value();
        this.listingTitle = title.length() > 200 ? title.substring(0, 200) : title;
        this.buyerId = buyer.value();
        this.sellerId = seller.value();
        this.processName = process.name();
        this.processVersion = process.version();
        this.state = process.initial();
        this.stateEnteredAt = now;
        this.quantity = quantity;
        this.stockHeld = stockHeld;
        this.currency = quote.buyerTotal().currencyCode();
        this.buyerTotalMinor = quote.buyerTotal().minorUnits();
        this.commissionMinor = quote.commission().minorUnits();
        this.platformFeeMinor = quote.platformFee().minorUnits();
        this.sellerNetMinor = quote.sellerNet().minorUnits();
        this.sellerBp = terms.sellerBasisPoints();
        this.buyerBp = terms.buyerBasisPoints();
        this.buyerFixedMinor = terms.buyerFixedMinor();
        this.minFeeMinor = terms.minFeeMinor();
        this.maxFeeMinor = terms.maxFeeMinor();
        this.promoBp = promoBp;
        this.placedAt = now;
        if (delivery != null) {
            this.deliveryMethod = delivery.method().name();
            this.deliveryAddress = clip(delivery.address(), 200);
            this.deliveryCity = clip(delivery.city(), 100);
            this.deliveryPostalCode = clip(delivery.postalCode(), 20);
        }
        this.commissionVersion = commissionVersion;
        this.cancellationPolicy = cancellationPolicy;
        this.startsAt = startsAt;
        quote.lines().forEach(line -> lines.add(new OrderLine(line)));
        this.depositMinor = quote.deposit().minorUnits(); // issue 7
    }

    /** Moves the order along {@code transition}; refuses (changing nothing) the wrong state or actor. */
    void take(TransactionProcess process, Transition transition, Actor actor, Instant now) {
        if (!process.name().equals(processName) || process.version() != processVersion
                || process.find(transition.name(), state).filter(transition::equals).isEmpty()) {
            throw InvalidInputException.of("transition", "orders.transition.not-now",
                    "'" + transition.name() + "' is not possible while the order is " + state);
        }
        if (transition.actor() != actor) {
            throw InvalidInputException.of("transition", "orders.transition.not-yours",
                    "'" + transition.name() + "' is taken by the " + transition.actor().name().toLowerCase());
        }
        steps.add(new OrderStep(transition.name(), state, transition.to(), actor, now));
        state = transition.to();
        stateEnteredAt = now;
        paymentActionUrl = null;
    }

    /** Gives back the units this order held; returns how many. */
    int releaseStock() {
        int units = stockHeld;
        stockHeld = 0;
        return units;
    }

    void awaitPaymentAction(String actionUrl) {
        this.paymentActionUrl = actionUrl;
    }

    /** The buyer's card is authorised for the total (there is an authorisation to capture or void). */
    void authorised() {
        this.authorised = true;
        this.paymentActionUrl = null;
    }

    boolean isAuthorised() {
        return authorised;
    }

    /** The roles the account plays on this order (a member could, in theory, be neither). */
    java.util.Set<Actor> rolesOf(AccountId account, boolean operator) {
        var roles = java.util.EnumSet.noneOf(Actor.class);
        if (account.value().equals(buyerId)) {
            roles.add(Actor.BUYER);
        }
        if (account.value().equals(sellerId)) {
            roles.add(Actor.SELLER);
        }
        if (operator) {
            roles.add(Actor.OPERATOR);
        }
        return roles;
    }

    OrderId id() { return new OrderId(id); }
    ListingId listingId() { return new ListingId(listingId); }
    String listingTitle() { return listingTitle; }
    AccountId buyerId() { return new AccountId(buyerId); }
    AccountId sellerId() { return new AccountId(sellerId); }
    String processName() { return processName; }
    int processVersion() { return processVersion; }
    String state() { return state; }
    Instant stateEnteredAt() { return stateEnteredAt; }
    long quantity() { return quantity; }
    Instant placedAt() { return placedAt; }
    @Nullable String paymentActionUrl() { return paymentActionUrl; }
    Money buyerTotal() { return Money.ofMinor(buyerTotalMinor, currency); }
    Money commission() { return Money.ofMinor(commissionMinor, currency); }
    Money platformFee() { return Money.ofMinor(platformFeeMinor, currency); }
    Money sellerNet() { return Money.ofMinor(sellerNetMinor, currency); }

    // --- payouts helper
    int commissionVersion() { return commissionVersion; }
    long sellerBasisPoints() { return sellerBp; }
    Money refunded() { return Money.ofMinor(refundedMinor, currency); }
    @Nullable String cancellationPolicy() { return cancellationPolicy; }
    @Nullable Instant startsAt() { return startsAt; }

    /** Money still with the platform for this order (captured and not refunded); refunds never exceed it. */
    Money refundable() {
        return new RefundAllowance(buyerTotal(), refunded()).remaining();
    }

    /** Records a refund the payment provider made; the ledger already refused anything above the escrow. */
    void refunded(Money amount) {
        refundedMinor = new RefundAllowance(buyerTotal(), refunded()).after(amount).minorUnits();
    }

    /** The items' price (the first line), on which the commission is computed. */
    Money items() {
        return lines.getFirst().view(currency).amount();
    }
    // --- end payouts helper

    Quote quote() {
        return new Quote(lines.stream().map(l -> l.view(currency)).toList(), buyerTotal(), commission(), platformFee(), sellerNet());
    }

    DeliveryChoice delivery() {
        return new DeliveryChoice(deliveryMethod == null ? DeliveryMethod.NONE : DeliveryMethod.valueOf(deliveryMethod),
                deliveryAddress, deliveryCity, deliveryPostalCode);
    }

    /** The handoff is proven by the platform, so the parties' own handoff transitions are not offered. */
    boolean handoffProvenByPlatform() {
        return delivery().method().provenByPlatform();
    }

    private static @Nullable String clip(@Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }

    // --- issue 7: rental returns
    void requireReturn() {
        this.returnRequired = true;
    }

    /** A rental of a process version with returns: it completes when the item is back, not by the buyer. */
    boolean returnRequired() {
        return returnRequired;
    }

    Money deposit() {
        return Money.ofMinor(depositMinor, currency);
    }

    Money lateFee() {
        return Money.ofMinor(lateFeeMinor == null ? 0 : lateFeeMinor, currency);
    }

    /** The late fee taken from the deposit when the item came back; set once (a retry with the same fee is fine). */
    void lateFee(Money fee) {
        if (!returnRequired) {
            throw InvalidInputException.of("order", "orders.return.not-rental", "This order has no return");
        }
        if (fee.minorUnits() < 0 || fee.isGreaterThan(deposit())) {
            throw InvalidInputException.of("lateFee", "orders.return.late-fee", "The late fee is between 0 and the deposit "
                    + deposit());
        }
        if (lateFeeMinor != null && lateFeeMinor != fee.minorUnits()) {
            throw InvalidInputException.of("lateFee", "orders.return.settled", "The return is already settled");
        }
        this.lateFeeMinor = fee.minorUnits();
    }
    // --- end issue 7

    List<OrderStep> steps() {
        return List.copyOf(steps);
    }
}
