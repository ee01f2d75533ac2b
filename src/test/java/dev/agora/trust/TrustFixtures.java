package dev.agora.trust;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import java.util.UUID;

/** Orders brought to the point trust tests start from, with fresh members each time. */
final class TrustFixtures {

    static final String CARD = "4242 4242 4242 4242";

    private TrustFixtures() {}

    record Deal(AccountId seller, AccountId buyer, ListingView listing, OrderView order) {}

    static Deal paidBike(IdentityManagement identity, ListingManagement listings, OrderManagement orders) {
        AccountId seller = ListingFixtures.newSeller(identity);
        AccountId buyer = ListingFixtures.newSeller(identity);
        ListingView bike = listings.publish(seller, listings.create(seller,
                ListingFixtures.bike("Trust bike " + UUID.randomUUID().toString().substring(0, 8))).id());
        OrderView order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, CARD));
        return new Deal(seller, buyer, bike, order);
    }

    /** A paid bike handed over and delivered: the buyer inspects it now. */
    static Deal deliveredBike(IdentityManagement identity, ListingManagement listings, OrderManagement orders) {
        Deal deal = paidBike(identity, listings, orders);
        deliver(orders, deal);
        return deal;
    }

    /** Takes whatever handoff transitions the process offers until the order is delivered. */
    static void deliver(OrderManagement orders, Deal deal) {
        for (int i = 0; i < 5 && !orders.get(deal.order().id()).state().equals("delivered"); i++) {
            var seller = orders.find(deal.seller(), false, deal.order().id()).availableTransitions().stream()
                    .filter(t -> !t.equals("cancel")).findFirst();
            if (seller.isPresent()) {
                orders.transition(deal.seller(), false, deal.order().id(), seller.get());
                continue;
            }
            var buyer = orders.find(deal.buyer(), false, deal.order().id()).availableTransitions().stream()
                    .filter(t -> t.startsWith("confirm")).findFirst();
            if (buyer.isPresent()) {
                orders.transition(deal.buyer(), false, deal.order().id(), buyer.get());
            }
        }
    }
}
