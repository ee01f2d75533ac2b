package dev.agora.orders.internal;

import dev.agora.identity.AccountId;
import dev.agora.orders.OrderView;
import dev.agora.orders.internal.process.ProcessCatalog;
import dev.agora.orders.internal.process.StandardProcesses;
import dev.agora.orders.internal.process.Transition;
import org.springframework.stereotype.Component;

/** Turns an order into what its viewer sees, with the transitions the viewer's roles allow now. */
@Component
class OrderViews {

    private final ProcessCatalog processes;

    OrderViews(ProcessCatalog processes) {
        this.processes = processes;
    }

    /** The viewer for other modules' calls: no party of any order, sees what operators see. */
    static final AccountId PLATFORM = new AccountId(new java.util.UUID(0, 0));

    OrderView of(Order order, AccountId viewer, boolean operator) {
        var process = processes.get(order.processName(), order.processVersion());
        var available = process.available(order.state(), order.rolesOf(viewer, operator)).stream()
                .filter(t -> offered(order, t)).map(Transition::name).distinct().toList();
        return new OrderView(order.id(), order.listingId(), order.listingTitle(), order.buyerId(), order.sellerId(),
                order.processName(), order.processVersion(), order.state(), process.isFinal(order.state()),
                order.quantity(), order.quote(), order.steps().stream().map(OrderStep::view).toList(), available,
                order.placedAt(), order.stateEnteredAt(), order.delivery(), order.refunded(), order.commissionVersion(),
                order.cancellationPolicy(), order.startsAt());
    }

    /** A self-arranged handoff step is not offered when the platform proves the handoff (courier, meetup, shipping). */
    static boolean offered(Order order, Transition transition) {
        if ((order.returnRequired() ? StandardProcesses.REPLACED_BY_RETURN : StandardProcesses.RETURN_ONLY)
                .contains(transition.name())) {
            return false; // issue 7: a rental completes by its return; a service (or an old rental) as before
        }
        return !(order.handoffProvenByPlatform() && transition.actor() != dev.agora.orders.Actor.OPERATOR
                && StandardProcesses.SELF_ARRANGED_HANDOFF.contains(transition.name()));
    }
}
