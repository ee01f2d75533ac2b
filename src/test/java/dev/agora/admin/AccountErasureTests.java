package dev.agora.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.MemberAdministration;
import dev.agora.ledger.LedgerManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.messaging.ChatMembers;
import dev.agora.messaging.ChatMembers.ChatMember;
import dev.agora.messaging.MessagingManagement;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.PlaceOrder;
import dev.agora.reviews.ReviewDraft;
import dev.agora.reviews.ReviewManagement;
import dev.agora.reviews.ReviewerRole;
import dev.agora.search.internal.Favourites;
import dev.agora.search.internal.SavedSearches;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member with a profile, a listing with a photo, messages, a favourite, a saved search and a paid order exports
 * their data, then deletes their account: afterwards no column of any table holds their email or name, other
 * members' data stays, and the ledger still balances.
 */
@IntegrationTest
class AccountErasureTests {

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired MemberAdministration members;
    @Autowired ListingManagement listings;
    @Autowired MessagingManagement messaging;
    @Autowired OrderManagement orders;
    @Autowired LedgerManagement ledger;
    @Autowired Favourites favourites;
    @Autowired SavedSearches savedSearches;
    @Autowired ReviewManagement reviews;
    @Autowired DataSource dataSource;

    @Test
    void anExportHoldsEveryModulesDataAndTheDeletionLeavesNoTraceButBalancedBooks() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ChatMember member = Members.verified(identity, members, "Quillon Zebrafinch " + unique);
        ChatMember other = Members.verified(identity, members, "Other Party " + unique);
        ApiClient api = new ApiClient(port);
        String token = token(api, member.email());

        // the member sells a bike with a photo and buys the other member's bike; they write to each other
        ListingView own = listings.create(member.id(), ListingFixtures.bike("Road bike " + unique));
        own = listings.addPhoto(member.id(), own.id(), jpeg());
        own = listings.publish(member.id(), own.id());
        ListingView theirs = listings.publish(other.id(), listings.create(other.id(), ListingFixtures.bike("Gravel bike " + unique)).id());
        var conversation = messaging.start(other.id(), own.id());
        messaging.send(other.id(), conversation.id(), "Is the bike still there?");
        messaging.send(member.id(), conversation.id(), "Yes, ring me, Quillon here");
        favourites.add(member.id(), theirs.id());
        savedSearches.save(member.id(), "Bikes near me", "q=bike");
        var bought = orders.place(member.id(), new PlaceOrder(theirs.id(), 1, null, "4242 4242 4242 4242"));
        // --- issue 9: the purchase completes and both review; the member's review and reply name them ---
        orders.transition(other.id(), false, bought.id(), "hand-over");
        orders.transition(member.id(), false, bought.id(), "confirm-delivery");
        orders.transition(member.id(), false, bought.id(), "complete");
        reviews.submit(other.id(), bought.id(), new ReviewDraft(5, "Quick payment, thank you", null, 5, 5));
        var written = reviews.submit(member.id(), bought.id(), new ReviewDraft(4, "Fine bike, says Quillon " + unique, 4, 5, 4));
        var aboutMember = reviews.about(member.id(), 5).getFirst();
        reviews.reply(member.id(), aboutMember.id(), "Thanks from Quillon " + unique);
        assertThat(reviews.reputationAs(other.id(), ReviewerRole.SELLER).count()).isEqualTo(1);
        // --- end issue 9 ---

        // export: every module's part and the photo; another member's export is refused
        Map<String, String> files = unzip(api, token);
        assertThat(files.keySet()).contains("profile.json", "listings.json", "orders.json", "messages.json",
                "notifications.json", "favourites-and-saved-searches.json", "manifest.json");
        assertThat(files.get("profile.json")).contains(member.email()).contains(member.name());
        assertThat(files.get("listings.json")).contains("Road bike " + unique);
        assertThat(files.get("orders.json")).contains("Gravel bike " + unique);
        assertThat(files.get("messages.json")).contains("Is the bike still there?");
        assertThat(files.get("reviews.json")).contains("Fine bike, says Quillon").contains("Quick payment"); // issue 9
        assertThat(files.get("favourites-and-saved-searches.json")).contains(theirs.id().value().toString()).contains("Bikes near me");
        assertThat(files.keySet()).anyMatch(name -> name.startsWith("files/listings/") && name.endsWith("-large.jpg"));
        var foreign = api.send(api.request("/api/v1/members/" + other.id().value() + "/export")
                .header("Authorization", ApiClient.bearer(token)).GET());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !tablesHolding(member.name()).isEmpty());

        // a wrong password changes nothing; the right one erases
        var refused = api.postJson("/api/v1/me/erasure", Map.of("password", "not my password"), "Authorization", ApiClient.bearer(token));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(members.find(member.id()).orElseThrow().erased()).isFalse();
        var erased = api.postJson("/api/v1/me/erasure", Map.of("password", ChatMembers.PASSWORD), "Authorization", ApiClient.bearer(token));
        assertThat(erased.statusCode()).isEqualTo(202);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(tablesHolding(member.email())).isEmpty();
            assertThat(tablesHolding(member.name())).isEmpty();
            assertThat(tablesHolding("Quillon")).isEmpty();
        });
        var account = members.find(member.id()).orElseThrow();
        assertThat(account.erased()).isTrue();
        assertThat(account.email()).isEqualTo("erased-" + member.id().value() + "@erased.invalid");
        assertThat(api.postJson("/api/v1/auth/tokens", Map.of("email", member.email(), "password", ChatMembers.PASSWORD,
                "scope", "read")).statusCode()).isIn(400, 401, 422);
        assertThat(api.get("/api/v1/me", "Authorization", ApiClient.bearer(token)).statusCode()).isEqualTo(401);
        assertThat(listings.find(own.id())).isEmpty();
        assertThat(listings.find(theirs.id())).isPresent();
        assertThat(orders.purchasesOf(member.id())).hasSize(1);
        assertThat(ledger.trialBalance(Currency.getInstance("EUR")).balanced()).isTrue();
        // --- issue 9: the texts are gone, the rating still counts for the other side's reputation ---
        assertThat(reviews.reputationAs(other.id(), ReviewerRole.SELLER).count()).isEqualTo(1);
        assertThat(reviews.about(other.id(), 5)).singleElement().satisfies(review -> {
            assertThat(review.id()).isEqualTo(written.id());
            assertThat(review.rating()).isEqualTo(4);
            assertThat(review.text()).isEmpty();
        });
        assertThat(reviews.about(member.id(), 5).getFirst().reply()).isNull();
        // --- end issue 9 ---
    }

    private static String token(ApiClient api, String email) {
        var response = api.postJson("/api/v1/auth/tokens", Map.of("email", email, "password", ChatMembers.PASSWORD, "scope", "read-write"));
        assertThat(response.statusCode()).isEqualTo(201);
        return ApiClient.body(response).get("token").asString();
    }

    private static Map<String, String> unzip(ApiClient api, String token) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(api.request("/api/v1/me/export").header("Authorization", ApiClient.bearer(token)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> files = new java.util.TreeMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** Every table.column whose text (or bytes) contains {@code needle}, case-insensitive, found via JDBC metadata. */
    private List<String> tablesHolding(String needle) throws Exception {
        String lower = needle.toLowerCase(Locale.ROOT);
        Set<Integer> text = Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR);
        Set<Integer> bytes = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getColumns(null, "public", "%", "%")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME"),
                            String.valueOf(rs.getInt("DATA_TYPE"))});
                }
            }
            assertThat(columns).as("tables found through JDBC metadata").hasSizeGreaterThan(100);
            for (String[] column : columns) {
                int type = Integer.parseInt(column[2]);
                String table = "\"" + column[0] + "\"", name = "\"" + column[1] + "\"";
                if (text.contains(type)) {
                    try (var statement = connection.prepareStatement(
                            "SELECT COUNT(*) FROM " + table + " WHERE LOWER(" + name + ") LIKE ?")) {
                        statement.setString(1, "%" + lower + "%");
                        try (ResultSet rs = statement.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                found.add(column[0] + "." + column[1]);
                            }
                        }
                    }
                } else if (bytes.contains(type)) {
                    try (var statement = connection.prepareStatement("SELECT " + name + " FROM " + table);
                            ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            byte[] value = rs.getBytes(1);
                            if (value != null && new String(value, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).contains(lower)) {
                                found.add(column[0] + "." + column[1]);
                                break;
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static byte[] jpeg() throws Exception {
        var image = new BufferedImage(900, 700, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        for (int x = 0; x < 900; x += 30) {
            graphics.setColor(new Color(x % 255, (x * 3) % 255, 120));
            graphics.fillRect(x, 0, 30, 700);
        }
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
