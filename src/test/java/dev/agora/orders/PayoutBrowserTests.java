package dev.agora.orders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.agora.ApiClient;
import dev.agora.BrowserTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The seller's balance page with a payout, and the operator's order, payout, reconciliation and commission pages. */
class PayoutBrowserTests extends BrowserTest {

    static final String CARD = "4242 4242 4242 4242";

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired OrderManagement orders;

    OrderView sale(AccountId seller, boolean complete) {
        AccountId buyer = ListingFixtures.newSeller(identity);
        var bike = listings.publish(seller, listings.create(seller,
                ListingFixtures.bike("City bike " + UUID.randomUUID().toString().substring(0, 8))).id());
        var order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, CARD));
        if (complete) {
            orders.transition(seller, false, order.id(), "hand-over");
            orders.transition(buyer, false, order.id(), "confirm-delivery");
            return orders.transition(buyer, false, order.id(), "complete");
        }
        return order;
    }

    @Test
    void aSellerOnAPhoneSeesTheBalanceAndStatementAndPaysOutPartOfIt() {
        String email = "bal-" + UUID.randomUUID() + "@example.org";
        AccountId seller = identity.register(new SignUp(email, ApiClient.PASSWORD, "Bea Seller"));
        for (int i = 0; i < 3; i++) {
            sale(seller, true);
        }

        var page = phone();
        logIn(email, ApiClient.PASSWORD);
        page.navigate("/me/balance");
        assertThat(page.locator("h1")).hasText("Balance");
        assertThat(page.locator(".facts strong")).hasText("€945.00");
        assertThat(page.locator("table.statement").last().locator("tbody tr")).hasCount(3);

        page.getByLabel("Amount").fill("120.00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay out")).click();
        assertThat(page.locator(".flash-inline")).isVisible();
        assertThat(page.locator(".facts strong")).hasText("€825.00");
        assertThat(page.locator("table.statement").first().locator("tbody tr")).hasCount(1);
        publish(screenshot("balance-phone"));

        page.getByLabel("Amount").fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay out")).click();
        assertThat(page.locator(".field-error")).containsText("smallest payout");
        assertThat(page.locator(".facts strong")).hasText("€825.00");

        page = desktop();
        logIn(email, ApiClient.PASSWORD);
        page.navigate("/me/balance");
        publish(screenshot("balance-desktop"));
    }

    @Test
    void anOperatorRefundsPartOfAnOrderWithAReasonAndReadsTheFinancePages() {
        AccountId seller = ListingFixtures.newSeller(identity);
        OrderView paid = sale(seller, false);
        sale(seller, true);

        var page = desktop();
        logIn("operator@agora.test", DEMO_PASSWORD);
        page.navigate("/admin/orders?state=paid");
        assertThat(page.locator("table.console-table")).containsText(paid.listingTitle());
        publish(screenshot("admin-orders-desktop"));

        page.navigate("/admin/orders/" + paid.id());
        page.getByLabel("Partial refund (amount)").fill("30.00");
        page.locator("#refund-reason").fill("Buyer reported a scratch; agreed on 30 EUR");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refund part")).click();
        assertThat(page.locator(".flash")).isVisible();
        assertThat(page.locator(".console-body")).containsText("order.partial-refund");
        assertThat(page.locator(".console-body")).containsText("€30.00");
        publish(screenshot("admin-order-desktop"));

        page.navigate("/admin/reconciliation");
        page.locator("#rec-reason").fill("Check after the partial refund");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reconcile")).click();
        assertThat(page.locator(".reports")).containsText("No drift");
        assertThat(page.locator("caption").first()).containsText("balanced");
        publish(screenshot("admin-reconciliation-desktop"));

        page.navigate("/admin/payouts");
        assertThat(page.locator("h1")).hasText("Payouts");
        publish(screenshot("admin-payouts-desktop"));

        page.navigate("/admin/config/commission");
        assertThat(page.locator("h1")).hasText("Commission");
        publish(screenshot("admin-commission-desktop"));

        page = phone();
        logIn("operator@agora.test", DEMO_PASSWORD);
        page.navigate("/admin/orders/" + paid.id());
        publish(screenshot("admin-order-phone"));
        page.navigate("/admin/reconciliation");
        publish(screenshot("admin-reconciliation-phone"));
    }
}
