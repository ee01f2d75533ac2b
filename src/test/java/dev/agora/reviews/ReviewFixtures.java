package dev.agora.reviews;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import java.util.UUID;

/** A completed buy-now order between two fresh members, through the real orders module and sandbox card. */
public final class ReviewFixtures {

    public record Deal(AccountId seller, AccountId buyer, ListingView listing, OrderView order) {}

    private ReviewFixtures() {}

    public static Deal paidOrder(IdentityManagement identity, ListingManagement listings, OrderManagement orders) {
        AccountId seller = ListingFixtures.newSeller(identity);
        AccountId buyer = ListingFixtures.newSeller(identity);
        var draft = listings.create(seller, ListingFixtures.bike("Road bike " + UUID.randomUUID().toString().substring(0, 8)));
        ListingView bike = listings.publish(seller, draft.id());
        OrderView order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, "4242 4242 4242 4242"));
        return new Deal(seller, buyer, bike, order);
    }

    public static Deal completedOrder(IdentityManagement identity, ListingManagement listings, OrderManagement orders) {
        Deal deal = paidOrder(identity, listings, orders);
        orders.transition(deal.seller(), false, deal.order().id(), "hand-over");
        orders.transition(deal.buyer(), false, deal.order().id(), "confirm-delivery");
        OrderView done = orders.transition(deal.buyer(), false, deal.order().id(), "complete");
        return new Deal(deal.seller(), deal.buyer(), deal.listing(), done);
    }
}
