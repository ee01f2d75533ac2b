package dev.agora.messaging;

import static dev.agora.ApiClient.bearer;
import static dev.agora.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import dev.agora.listings.internal.TestImages;
import dev.agora.messaging.ChatMembers.ChatMember;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 8: once an order exists, buyer and seller talk in the order's own conversation; questions asked before
 * stay in the listing's conversation, which the order's shows for context. Contact details pass once paid.
 */
@IntegrationTest
class OrderConversationTests {

    static final String CARD = "4242 4242 4242 4242";
    static final String PHONE = "+49 170 1234567";

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired OrderManagement orders;
    @Autowired MessagingManagement messaging;

    ChatMember buyer;
    ChatMember seller;
    ListingView listing;

    @BeforeEach
    void setUp() {
        buyer = ChatMembers.verified(identity, port, "Olga Orderer");
        seller = ChatMembers.verified(identity, port, "Sid Seller");
        listing = listings.publish(seller.id(), listings.create(seller.id(), ListingFixtures.bike("Order chat bike")).id());
    }

    @Test
    void theOrderHasItsOwnConversationWhereContactDetailsPassAfterPaymentAndTheListingOneKeepsMasking() throws Exception {
        ConversationView question = messaging.start(buyer.id(), listing.id());
        assertThat(messaging.send(buyer.id(), question.id(), "Is it still there? " + PHONE).message().body())
                .as("before the order the number is masked").doesNotContain(PHONE);

        OrderView order = orders.place(buyer.id(), new PlaceOrder(listing.id(), 1, null, CARD));
        // the OrderPlaced/OrderPaid listeners open it; the buyer's first visit would too
        ConversationView forBuyer = Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> messaging.inbox(buyer.id()).stream().filter(ConversationView::aboutOrder).findFirst().orElse(null),
                        c -> c != null && c.contactAllowed());
        assertThat(forBuyer.orderId()).isEqualTo(order.id());
        assertThat(forBuyer.id()).isNotEqualTo(question.id());
        assertThat(messaging.forOrder(buyer.id(), order.id()).id()).isEqualTo(forBuyer.id());
        ConversationView forSeller = messaging.forOrder(seller.id(), order.id());
        assertThat(forSeller.id()).as("one conversation per order").isEqualTo(forBuyer.id());

        SendOutcome meetup = messaging.send(buyer.id(), forBuyer.id(), "Meet at six? Call me on " + PHONE);
        assertThat(meetup.message().body()).contains(PHONE);
        assertThat(meetup.maskedKinds()).isEmpty();
        assertThat(messaging.send(buyer.id(), question.id(), "again " + PHONE).message().body())
                .as("the listing's conversation keeps the pre-payment rules").doesNotContain(PHONE);

        // read receipts and attachments work as in any conversation
        assertThat(messaging.read(seller.id(), forSeller.id(), 0)).singleElement()
                .satisfies(m -> assertThat(m.body()).contains(PHONE));
        assertThat(messaging.read(buyer.id(), forBuyer.id(), 0)).singleElement()
                .satisfies(m -> assertThat(m.isRead()).as("read receipt").isTrue());
        var photo = messaging.sendImage(seller.id(), forSeller.id(), TestImages.jpegWithExif(800, 600, 1), "Packed");
        assertThat(messaging.attachment(buyer.id(), forBuyer.id(), photo.message().attachmentId(), "small")).isPresent();

        // context: each conversation points at the other
        assertThat(messaging.related(buyer.id(), forBuyer.id())).extracting(ConversationView::id).containsExactly(question.id());
        assertThat(messaging.related(buyer.id(), question.id())).extracting(ConversationView::id).containsExactly(forBuyer.id());
        assertThat(messaging.transcript(seller.id(), question.id())).hasSize(2);

        ChatMember stranger = ChatMembers.verified(identity, port, "Stan Stranger");
        assertThatThrownBy(() -> messaging.forOrder(stranger.id(), order.id())).isInstanceOf(ConversationNotFoundException.class);
        assertThatThrownBy(() -> messaging.forOrder(stranger.id(), dev.agora.orders.OrderId.random()))
                .isInstanceOf(ConversationNotFoundException.class);
    }

    @Test
    void theOrderAndHandoffPagesLinkTheOrdersConversationWhichShowsTheEarlierOneInEnglishAndGerman() {
        ConversationView question = messaging.start(buyer.id(), listing.id());
        messaging.send(buyer.id(), question.id(), "Does the bell <b>ring</b>?");
        OrderView order = orders.place(buyer.id(), new PlaceOrder(listing.id(), 1, null, CARD));

        WebClient buyerWeb = ChatMembers.loggedIn(port, buyer);
        assertThat(buyerWeb.get("/orders/" + order.id()).body())
                .contains("href=\"/orders/" + order.id() + "/conversation\"").contains("Message the seller");
        var redirect = buyerWeb.get("/orders/" + order.id() + "/conversation");
        assertThat(redirect.statusCode()).isEqualTo(302);
        String path = redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(path).isEqualTo("/inbox/" + messaging.forOrder(buyer.id(), order.id()).id());

        String page = buyerWeb.get(path).body();
        assertThat(page).contains("About the order of").contains("href=\"/orders/" + order.id() + "\"")
                .contains("Earlier messages about the listing (1)").contains("Does the bell &lt;b&gt;ring&lt;/b&gt;?")
                .contains("href=\"/inbox/" + question.id() + "\"")
                .contains("sse-connect=\"" + path + "/events\"");
        assertThat(buyerWeb.get(path, "Accept-Language", "de").body())
                .contains("Zur Bestellung von").contains("Frühere Nachrichten zum Angebot (1)");
        assertThat(buyerWeb.get("/inbox/" + question.id()).body()).as("the listing's conversation links the order's")
                .contains("href=\"" + path + "\"").contains("Order conversation");
        assertThat(buyerWeb.get("/inbox").body()).contains("class=\"tag\">Order<");
        assertThat(messaging.unreadCount(seller.id())).as("showing the earlier messages marks nothing read").isEqualTo(1);

        WebClient sellerWeb = ChatMembers.loggedIn(port, seller);
        assertThat(sellerWeb.get("/orders/" + order.id()).body()).contains("Message the buyer");
        assertThat(sellerWeb.get("/orders/" + order.id() + "/conversation").headers().firstValue("Location").orElseThrow())
                .endsWith(path);

        WebClient strangerWeb = ChatMembers.loggedIn(port, ChatMembers.verified(identity, port, "Nosy Neighbour"));
        assertThat(strangerWeb.get("/orders/" + order.id() + "/conversation").statusCode()).isEqualTo(404);
        assertThat(strangerWeb.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void theHandoffPageLinksTheOrdersConversation() {
        var base = ListingFixtures.bike("Meetup chat bike");
        var draft = new dev.agora.listings.ListingDraft(base.categorySlug(), base.type(), base.title(), base.description(),
                base.price(), base.currency(), base.priceUnit(), base.condition(), base.city(), base.postalCode(),
                base.latitude(), base.longitude(), false, true, false, null, base.stock(), base.minDuration(),
                base.maxDuration(), base.deposit(), base.bookingMode(), base.attributes(), base.blockedDates());
        var meetupBike = listings.publish(seller.id(), listings.create(seller.id(), draft).id());
        OrderView order = orders.place(buyer.id(), new PlaceOrder(meetupBike.id(), 1, null, CARD,
                dev.agora.orders.DeliveryChoice.of(dev.agora.orders.DeliveryMethod.MEETUP)));

        WebClient buyerWeb = ChatMembers.loggedIn(port, buyer);
        String handoff = Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> buyerWeb.get("/orders/" + order.id() + "/handoff"), r -> r.statusCode() == 200).body();
        assertThat(handoff).contains("href=\"/orders/" + order.id() + "/conversation\"").contains("Messages about this order");
    }

    @Test
    void theApiGetsAndListsTheConversationByOrderId() {
        var api = new ApiClient(port);
        OrderView order = orders.place(buyer.id(), new PlaceOrder(listing.id(), 1, null, CARD));
        String buyerToken = tokenFor(api, buyer);

        var got = api.get("/api/v1/orders/" + order.id() + "/conversation", "Authorization", bearer(buyerToken));
        assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
        assertThat(body(got).get("orderId").asString()).isEqualTo(order.id().toString());
        assertThat(body(got).get("contactAllowed").asBoolean()).isTrue();
        String id = body(got).get("id").asString();

        var listed = api.get("/api/v1/conversations?orderId=" + order.id(), "Authorization", bearer(buyerToken));
        assertThat(body(listed)).hasSize(1);
        assertThat(body(listed).get(0).get("id").asString()).isEqualTo(id);

        var sent = api.postJson("/api/v1/conversations/" + id + "/messages", Map.of("body", "ring me: " + PHONE),
                "Authorization", bearer(tokenFor(api, seller)));
        assertThat(sent.statusCode()).isEqualTo(201);
        assertThat(body(sent).get("message").get("body").asString()).contains(PHONE);

        String strangerToken = tokenFor(api, ChatMembers.verified(identity, port, "Api Stranger"));
        assertThat(api.get("/api/v1/orders/" + order.id() + "/conversation", "Authorization", bearer(strangerToken))
                .statusCode()).isEqualTo(404);
        assertThat(body(api.get("/api/v1/conversations?orderId=" + order.id(), "Authorization", bearer(strangerToken))))
                .isEmpty();
        assertThat(api.get("/api/v1/orders/not-an-id/conversation", "Authorization", bearer(buyerToken)).statusCode())
                .isEqualTo(404);
    }

    private static String tokenFor(ApiClient api, ChatMember member) {
        var response = api.postJson("/api/v1/auth/tokens", Map.of("email", member.email(), "password", ChatMembers.PASSWORD,
                "scope", "read-write"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response).get("token").asString();
    }
}
