package dev.agora.messaging;

import static dev.agora.ApiClient.bearer;
import static dev.agora.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.messaging.ChatMembers.ChatMember;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ConversationsApiTests {

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;

    @Test
    void buyerStartsAConversationSendsAMaskedMessageAndTheSellerReadsItByCursor() {
        var api = new ApiClient(port);
        ChatMember buyer = ChatMembers.verified(identity, port, "Api Buyer");
        ChatMember seller = ChatMembers.verified(identity, port, "Api Seller");
        var listing = listings.publish(seller.id(), listings.create(seller.id(), ListingFixtures.bike("API bike")).id());
        String buyerToken = tokenFor(api, buyer), sellerToken = tokenFor(api, seller);

        var started = api.postJson("/api/v1/conversations", Map.of("listingId", listing.id().toString()), "Authorization", bearer(buyerToken));
        assertThat(started.statusCode()).isEqualTo(201);
        String id = body(started).get("id").asString();

        var sent = api.postJson("/api/v1/conversations/" + id + "/messages", Map.of("body", "mail me: bea@example.org"),
                "Authorization", bearer(buyerToken));
        assertThat(sent.statusCode()).isEqualTo(201);
        assertThat(body(sent).get("message").get("body").asString()).isEqualTo("mail me: [•••]");
        assertThat(body(sent).get("maskedKinds").get(0).asString()).isEqualTo("email");

        var tooLong = api.postJson("/api/v1/conversations/" + id + "/messages", Map.of("body", "x".repeat(5001)),
                "Authorization", bearer(buyerToken));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

        var inbox = api.get("/api/v1/conversations", "Authorization", bearer(sellerToken));
        assertThat(body(inbox).get(0).get("unread").asLong()).isEqualTo(1);
        var messages = api.get("/api/v1/conversations/" + id + "/messages?after=0", "Authorization", bearer(sellerToken));
        assertThat(body(messages)).hasSize(1);
        long seq = body(messages).get(0).get("seq").asLong();
        assertThat(body(api.get("/api/v1/conversations/" + id + "/messages?after=" + seq, "Authorization", bearer(sellerToken))))
                .isEmpty();

        var stranger = tokenFor(api, ChatMembers.verified(identity, port, "Api Stranger"));
        assertThat(api.get("/api/v1/conversations/" + id, "Authorization", bearer(stranger)).statusCode()).isEqualTo(404);
    }

    private static String tokenFor(ApiClient api, ChatMember member) {
        var response = api.postJson("/api/v1/auth/tokens", Map.of("email", member.email(), "password", ChatMembers.PASSWORD,
                "scope", "read-write"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response).get("token").asString();
    }
}
