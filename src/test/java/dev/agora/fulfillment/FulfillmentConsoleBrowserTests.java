package dev.agora.fulfillment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.agora.BrowserTest;
import dev.agora.fulfillment.internal.CourierWindows;
import dev.agora.fulfillment.internal.Handoffs;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.Member;
import dev.agora.identity.Role;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.orders.DeliveryChoice;
import dev.agora.orders.DeliveryMethod;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.PlaceOrder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 7: the tariff console and the dispatch board's assignment forms, on a phone and a desktop. */
class FulfillmentConsoleBrowserTests extends BrowserTest {

    @Autowired OrderManagement orders;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired Handoffs handoffs;
    @Autowired CourierWindows windows;
    @Autowired Clock clock;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService members;
    @Autowired dev.agora.fulfillment.internal.RentalReturns returns;

    @Test
    void theOperatorSeesTheTariffAndTheDispatchBoardWithAssignmentOnPhoneAndDesktop() {
        int daysAhead = 500 + (int) (Math.random() * 300);
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(daysAhead);
        for (String street : new String[] {"Schönhauser Allee 10", "Kastanienallee 5"}) {
            AccountId sellerId = ListingFixtures.newSeller(identity);
            Member seller = new Member(sellerId, sellerId + "@example.org", "s", "S", Role.MEMBER, false, null);
            ListingDraft b = ListingFixtures.bike("Dispatch bike " + UUID.randomUUID().toString().substring(0, 6));
            var listing = listings.publish(sellerId, listings.create(sellerId, new ListingDraft(b.categorySlug(), b.type(),
                    b.title(), b.description(), b.price(), b.currency(), b.priceUnit(), b.condition(), b.city(),
                    b.postalCode(), b.latitude(), b.longitude(), true, false, false, null, b.stock(), b.minDuration(),
                    b.maxDuration(), b.deposit(), b.bookingMode(), b.attributes(), b.blockedDates())).id());
            var order = orders.place(ListingFixtures.newSeller(identity), new PlaceOrder(listing.id(), 1, null,
                    "4242 4242 4242 4242", new DeliveryChoice(DeliveryMethod.COURIER, street, "Berlin", "10437")));
            handoffs.view(seller, order.id());
            windows.bookPickup(seller, order.id(), day + "T9");
        }

        page = desktop();
        logIn("operator@agora.test", DEMO_PASSWORD);
        page.navigate("/admin/config");
        page.locator("a[href='/admin/config/tariff']").click();
        assertThat(page.locator("h1")).hasText("Courier tariff");
        assertThat(page.locator("fieldset.zone-row")).hasCount(4); // three zones and the empty row
        publish(screenshot("admin-tariff-desktop"));
        page.navigate("/admin/dispatch?day=" + day);
        assertThat(page.locator("form.reassign")).hasCount(2);
        page.locator("form.assign input[name=reason]").fill("Plan the day");
        page.locator("form.assign button").click();
        assertThat(page.locator(".flash")).containsText("Open jobs assigned");
        publish(screenshot("dispatch-assign-desktop"));

        page = phone();
        logIn("operator@agora.test", DEMO_PASSWORD);
        page.navigate("/admin/config/tariff");
        publish(screenshot("admin-tariff-phone"));
        page.navigate("/admin/dispatch?day=" + day);
        publish(screenshot("dispatch-assign-phone"));
    }

    @Test
    void theSellerConfirmsARentalsReturnOnItsPage() {
        Member seller = (Member) members.loadUserByUsername("seller@agora.test");
        Member buyer = (Member) members.loadUserByUsername("buyer@agora.test");
        var tent = listings.publish(seller.id(), listings.create(seller.id(),
                ListingFixtures.tent("Family tent to return " + UUID.randomUUID().toString().substring(0, 6))).id());
        var order = orders.place(buyer.id(), new PlaceOrder(tent.id(), 2, null, "4242 4242 4242 4242",
                clock.instant().plus(java.time.Duration.ofHours(1))));
        orders.transition(seller.id(), false, order.id(), "accept");
        orders.transition(seller.id(), false, order.id(), "start");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .ignoreExceptionsInstanceOf(dev.agora.orders.OrderNotFoundException.class)
                .until(() -> returns.view(seller, order.id()).status().equals("OUT"));

        page = phone();
        logIn("seller@agora.test", DEMO_PASSWORD);
        page.navigate("/orders/" + order.id());
        page.locator("a[href='/orders/" + order.id() + "/return']").click();
        assertThat(page.locator("h1")).containsText("Family tent to return");
        publish(screenshot("rental-return-phone"));
        page.getByText("The item is back").click();
        assertThat(page.locator(".status")).hasText("Returned");
        assertThat(page.locator("dl.facts")).containsText("Late fee");

        page = desktop();
        logIn("seller@agora.test", DEMO_PASSWORD);
        page.navigate("/orders/" + order.id() + "/return");
        publish(screenshot("rental-return-desktop"));
    }
}
