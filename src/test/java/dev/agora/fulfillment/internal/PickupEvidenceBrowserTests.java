package dev.agora.fulfillment.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.BrowserTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.Member;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.PlaceOrder;
import dev.agora.trust.internal.disputes.DisputeKind;
import dev.agora.trust.internal.disputes.Disputes;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Issue 9: the dispute console with the courier's pickup checklist and photos, at phone and desktop width. */
class PickupEvidenceBrowserTests extends BrowserTest {

    @Autowired Handoffs handoffs;
    @Autowired CourierWindows windows;
    @Autowired CourierJobs courierJobs;
    @Autowired CourierJobRepository jobs;
    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired UserDetailsService members;
    @Autowired Disputes disputes;
    @Autowired Clock clock;

    @Test
    void theDisputeConsoleShowsTheCouriersPickupRecord() throws Exception {
        AccountId sellerId = ListingFixtures.newSeller(identity);
        AccountId buyerId = ListingFixtures.newSeller(identity);
        Member seller = FulfillmentFlowTests.member(sellerId);
        Member buyer = FulfillmentFlowTests.member(buyerId);
        ListingDraft base = ListingFixtures.bike("Evidence bike " + UUID.randomUUID().toString().substring(0, 6));
        ListingDraft draft = new ListingDraft(base.categorySlug(), base.type(), base.title(), base.description(),
                base.price(), base.currency(), base.priceUnit(), base.condition(), base.city(), base.postalCode(),
                base.latitude(), base.longitude(), true, false, false, null, base.stock(),
                base.minDuration(), base.maxDuration(), base.deposit(), base.bookingMode(), base.attributes(),
                base.blockedDates());
        var listing = listings.publish(sellerId, listings.create(sellerId, draft).id());
        var order = orders.place(buyerId, new PlaceOrder(listing.id(), 1, null, FulfillmentFlowTests.CARD,
                FulfillmentFlowTests.courierTo("Schönhauser Allee 10")));
        await().atMost(Duration.ofSeconds(30)).until(() -> handoffs.view(seller, order.id()).status().equals("AWAITING_PICKUP_WINDOW"));
        String day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1) + "T";
        windows.bookPickup(seller, order.id(), day + 9);
        windows.bookDelivery(buyer, order.id(), day + 13);
        Member courier = (Member) members.loadUserByUsername("courier@agora.test");
        var pickup = open(order.id().value(), CourierJob.Kind.PICKUP);
        courierJobs.take(courier, pickup.id());
        courierJobs.confirmPickup(courier, pickup.id(), List.of("matches-listing", "complete", "packed"),
                "Small dent on the top tube", List.of(photo(new Color(40, 90, 160)), photo(new Color(160, 60, 40))));
        var delivery = open(order.id().value(), CourierJob.Kind.DELIVERY);
        courierJobs.take(courier, delivery.id());
        courierJobs.confirmDelivery(courier, delivery.id(), handoffs.view(buyer, order.id()).code());
        var dispute = disputes.open(buyerId, order.id(), DisputeKind.DAMAGED,
                "The frame has a dent that the listing photos did not show.", List.of());

        for (boolean phone : new boolean[] {false, true}) {
            var page = phone ? phone() : desktop();
            logIn("moderator@agora.test", DEMO_PASSWORD);
            page.navigate("/admin/disputes/" + dispute.id());
            assertThat(page.locator(".pickup-evidence")).containsText("Small dent on the top tube");
            assertThat(page.locator(".pickup-evidence img")).hasCount(2);
            page.locator(".pickup-evidence").scrollIntoViewIfNeeded();
            publish(screenshot("admin-dispute-pickup-" + (phone ? "phone" : "desktop")));
        }
        // staff-only route: a signed-out visitor is sent to the login
        var anonymous = new dev.agora.WebClient(port);
        org.assertj.core.api.Assertions.assertThat(anonymous.get("/admin/disputes/" + dispute.id() + "/pickup-photos/1").statusCode())
                .isEqualTo(302);
        // leave nothing open for the shared scheduler: the order ends refunded
        disputes.decide(AccountId.random(), dispute.id(), dev.agora.trust.internal.disputes.Outcome.FULL_REFUND, null,
                "screenshots taken");
    }

    private CourierJob open(UUID order, CourierJob.Kind kind) {
        return jobs.findByOrderIdOrderByCreatedAtAsc(order).stream()
                .filter(j -> j.kind() == kind && j.status() == CourierJob.Status.OPEN).findFirst().orElseThrow();
    }

    private static byte[] photo(Color color) throws Exception {
        var image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.WHITE);
        g.fillRect(120, 200, 400, 60);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
