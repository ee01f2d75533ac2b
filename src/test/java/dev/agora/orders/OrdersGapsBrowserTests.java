package dev.agora.orders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.agora.ApiClient;
import dev.agora.BrowserTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import dev.agora.kernel.money.Money;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * orders-gaps pages: the payout hold from trust standing on the seller's balance page (the amount Payouts refuses,
 * from the same computation), and the finance console's seller debts with the write-off form; phone and desktop.
 */
class OrdersGapsBrowserTests extends BrowserTest {

    static final String CARD = "4242 4242 4242 4242";

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired OrderManagement orders;
    @Autowired SellerPayouts payouts;
    @Autowired JdbcClient jdbc;

    OrderView completedSale(AccountId seller) {
        AccountId buyer = ListingFixtures.newSeller(identity);
        var bike = listings.publish(seller, listings.create(seller,
                ListingFixtures.bike("Held bike " + UUID.randomUUID().toString().substring(0, 8))).id());
        var order = orders.place(buyer, new PlaceOrder(bike.id(), 1, null, CARD));
        orders.transition(seller, false, order.id(), "hand-over");
        orders.transition(buyer, false, order.id(), "confirm-delivery");
        return orders.transition(buyer, false, order.id(), "complete");
    }

    @Test
    void theBalancePageShowsWhatAStrikeHoldsBackAndThePayoutRefusesTheSame() {
        String email = "held-" + UUID.randomUUID() + "@example.org";
        AccountId seller = identity.register(new SignUp(email, ApiClient.PASSWORD, "Hilde Held"));
        for (int i = 0; i < 3; i++) {
            completedSale(seller);
        }
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO trust_strike (id, seller_id, kind, source_key, at, expires_at) VALUES (?, ?, 'LATE_HANDOFF', ?, ?, ?)")
                .params(UUID.randomUUID(), seller.value(), "test:" + UUID.randomUUID(), Timestamp.from(now),
                        Timestamp.from(now.plus(Duration.ofDays(90)))).update();
        var balance = payouts.balance(seller, java.util.Currency.getInstance("EUR"));
        org.assertj.core.api.Assertions.assertThat(balance.heldByStanding()).isEqualTo(Money.of("945.00", "EUR"));
        org.assertj.core.api.Assertions.assertThat(balance.standingHoldDays()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(balance.payableNow()).isEqualTo(Money.of("0.00", "EUR"));

        var page = phone();
        logIn(email, ApiClient.PASSWORD);
        page.navigate("/me/balance");
        assertThat(page.locator(".standing-hold")).containsText("€945.00");
        assertThat(page.locator(".standing-hold")).containsText("2 more days");
        page.getByLabel("Amount").fill("50.00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay out")).click();
        assertThat(page.locator(".field-error")).containsText("2 more days");
        publish(screenshot("balance-standing-hold-phone"));

        page = desktop();
        logIn(email, ApiClient.PASSWORD);
        page.navigate("/me/balance");
        assertThat(page.locator(".standing-hold")).isVisible();
        publish(screenshot("balance-standing-hold-desktop"));
    }

    @Test
    void financeSeesSellerDebtsAndWritesOneOffWithAReason() {
        AccountId seller = ListingFixtures.newSeller(identity);
        completedSale(seller);
        completedSale(seller);
        OrderView order = completedSale(seller);
        payouts.request(seller, null, "drain-" + UUID.randomUUID());
        orders.refund(new AccountId(new UUID(0, 0)), true, order.id(), Money.of("42.00", "EUR"), "lost in transit", "lost");

        var page = desktop();
        logIn("finance@agora.test", DEMO_PASSWORD);
        page.navigate("/admin/payouts/debts");
        assertThat(page.locator("h1")).hasText("Seller debts");
        var row = page.locator("table.console-table tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(seller.toString()));
        assertThat(row).containsText("€42.00");
        publish(screenshot("admin-debts-desktop"));

        page = phone();
        logIn("finance@agora.test", DEMO_PASSWORD);
        page.navigate("/admin/payouts/debts");
        row = page.locator("table.console-table tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(seller.toString()));
        row.getByLabel("Reason").fill("Seller account closed, no address");
        row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Write off")).click();
        assertThat(page.locator(".flash")).isVisible();
        assertThat(page.locator("table.console-table").last()).containsText("Seller account closed, no address");
        publish(screenshot("admin-debts-phone"));
    }
}
