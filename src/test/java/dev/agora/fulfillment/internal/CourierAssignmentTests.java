package dev.agora.fulfillment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.Member;
import dev.agora.identity.Role;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import dev.agora.trust.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 7: automatic assignment of courier jobs (routes whole, least-loaded courier) and reassignment on the board. */
@IntegrationTest
class CourierAssignmentTests {

    @Autowired CourierAssignment assignment;
    @Autowired CourierWindows windows;
    @Autowired CourierJobs courierJobs;
    @Autowired CourierJobRepository jobs;
    @Autowired Handoffs handoffs;
    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @LocalServerPort int port;

    /** A paid courier order whose pickup is booked in the 9:00 window {@code daysAhead} from today. */
    CourierJob pickupBooked(int daysAhead, String street) {
        AccountId sellerId = ListingFixtures.newSeller(identity);
        Member seller = FulfillmentFlowTests.member(sellerId);
        Member buyer = FulfillmentFlowTests.member(ListingFixtures.newSeller(identity));
        ListingDraft base = ListingFixtures.bike("Assigned bike " + UUID.randomUUID().toString().substring(0, 8));
        ListingDraft draft = new ListingDraft(base.categorySlug(), base.type(), base.title(), base.description(),
                base.price(), base.currency(), base.priceUnit(), base.condition(), base.city(), base.postalCode(),
                base.latitude(), base.longitude(), true, false, false, null, base.stock(), base.minDuration(),
                base.maxDuration(), base.deposit(), base.bookingMode(), base.attributes(), base.blockedDates());
        var listing = listings.publish(sellerId, listings.create(sellerId, draft).id());
        OrderView order = orders.place(buyer.id(), new PlaceOrder(listing.id(), 1, null, FulfillmentFlowTests.CARD,
                FulfillmentFlowTests.courierTo(street)));
        handoffs.view(seller, order.id());
        windows.bookPickup(seller, order.id(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(daysAhead) + "T9");
        return jobs.findByOrderIdOrderByCreatedAtAsc(order.id().value()).getFirst();
    }

    Member newCourier() {
        AccountId id = ListingFixtures.newSeller(identity);
        jdbc.update("UPDATE identity_account SET role = 'COURIER' WHERE id = ?", id.value());
        return new Member(id, "c@example.org", "c", "C", Role.COURIER, false, null);
    }

    @Test
    void aWindowsJobsAreCutIntoRoutesAndEachRouteGoesWholeToTheLeastLoadedCourier() {
        int daysAhead = 40 + (int) (Math.random() * 200); // a day no other test books
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(daysAhead);
        List<CourierJob> booked = List.of(pickupBooked(daysAhead, "Schönhauser Allee 10"),
                pickupBooked(daysAhead, "Kastanienallee 5"), pickupBooked(daysAhead, "Torstraße 100"));
        Member a = newCourier();
        Member b = newCourier();

        int assigned = assignment.assign(day, 2, List.of(a.id(), b.id()));

        assertThat(assigned).isEqualTo(3);
        Map<UUID, Long> perCourier = booked.stream().map(j -> jobs.findById(j.id()).orElseThrow().courierId())
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        assertThat(perCourier.keySet()).containsExactlyInAnyOrder(a.id().value(), b.id().value());
        assertThat(perCourier.values()).containsExactlyInAnyOrder(2L, 1L);
        // nothing left to assign; the couriers see their jobs as theirs, the other courier may not take them
        assertThat(assignment.assign(day, 2, List.of(a.id(), b.id()))).isZero();
        CourierJob ofA = booked.stream().filter(j -> a.id().value().equals(jobs.findById(j.id()).orElseThrow().courierId()))
                .findFirst().orElseThrow();
        assertThat(courierJobs.courierList(a, day)).filteredOn(CourierStop::mine).extracting(CourierStop::jobId)
                .contains(ofA.id().toString());
        assertThatThrownBy(() -> courierJobs.take(b, ofA.id())).isInstanceOf(NotYourJobException.class);

        // an operator reassigns: to b, then refused for an account that is not a courier (nothing changes)
        assignment.reassign(ofA.id(), b.id());
        assertThat(jobs.findById(ofA.id()).orElseThrow().courierId()).isEqualTo(b.id().value());
        AccountId notACourier = ListingFixtures.newSeller(identity);
        assertThatThrownBy(() -> assignment.reassign(ofA.id(), notACourier)).isInstanceOf(InvalidInputException.class);
        assertThat(jobs.findById(ofA.id()).orElseThrow().courierId()).isEqualTo(b.id().value());
    }

    @Test
    void theDispatchBoardReassignsAJobWithAReasonInTheAuditLog() {
        int daysAhead = 240 + (int) (Math.random() * 200);
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(daysAhead);
        CourierJob job = pickupBooked(daysAhead, "Bernauer Straße 1");
        Member courier = newCourier();
        var operator = new WebClient(port);
        operator.logIn("operator@agora.test", "agora-demo-2026");
        var board = operator.get("/admin/dispatch?day=" + day);
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body()).contains("/admin/dispatch/jobs/" + job.id() + "/assign");
        String csrf = WebClient.encode(WebClient.csrfToken(board.body()));
        String path = "/admin/dispatch/jobs/" + job.id() + "/assign";

        operator.postForm(path, "day=" + day + "&courier=" + courier.id() + "&reason=+&_csrf=" + csrf);
        assertThat(jobs.findById(job.id()).orElseThrow().courierId()).isNull();

        var saved = operator.postForm(path, "day=" + day + "&courier=" + courier.id()
                + "&reason=" + WebClient.encode("Cem is ill today") + "&_csrf=" + csrf);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(jobs.findById(job.id()).orElseThrow().courierId()).isEqualTo(courier.id().value());
        assertThat(audit.about("courier-job:" + job.id())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("dispatch.reassign");
            assertThat(entry.reason()).isEqualTo("Cem is ill today");
        });
    }
}
