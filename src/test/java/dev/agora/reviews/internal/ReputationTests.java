package dev.agora.reviews.internal;

import static dev.agora.ApiClient.bearer;
import static dev.agora.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.WebClient;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdDocumentUpload;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import dev.agora.identity.VerificationManagement;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingStatus;
import dev.agora.listings.SellerSignals;
import dev.agora.listings.SellerSignals.SellerBadge;
import dev.agora.listings.VerificationRequirement;
import dev.agora.listings.internal.TestImages;
import dev.agora.listings.internal.VerificationRequirements;
import dev.agora.messaging.ConversationId;
import dev.agora.messaging.MessageSent;
import dev.agora.orders.OrderManagement;
import dev.agora.reviews.ReviewDraft;
import dev.agora.reviews.ReviewFixtures;
import dev.agora.reviews.ReviewFixtures.Deal;
import dev.agora.reviews.ReviewManagement;
import dev.agora.identity.VerificationLevel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Reputation where members see it: the reviews API, listing JSON-LD, seller badges, and verification at publish. */
@IntegrationTest
class ReputationTests {

    @LocalServerPort int port;
    @Autowired ReviewManagement reviews;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired OrderManagement orders;
    @Autowired VerificationManagement verification;
    @Autowired VerificationRequirements requirements;
    @Autowired ResponseTimes responseTimes;
    @Autowired List<SellerSignals> signals;

    @Test
    void theApiTakesAReviewRefusesBadOnesAsProblemsAndListsAMembersReviews() {
        ApiClient api = new ApiClient(port);
        ApiDeal deal = paidOrderBetweenApiMembers(api);
        String buyerToken = api.tokenFor(deal.emailOfBuyer(), "read-write");
        String path = "/api/v1/orders/" + deal.deal().order().id() + "/reviews";

        var early = api.postJson(path, Map.of("rating", 5, "text", "early"), "Authorization", bearer(buyerToken));
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(body(early).get("errors").get(0).get("code").asString()).isEqualTo("reviews.order.notCompleted");

        complete(deal.deal());
        var six = api.postJson(path, Map.of("rating", 6, "text", "more than perfect"), "Authorization", bearer(buyerToken));
        assertThat(six.statusCode()).isEqualTo(400);
        assertThat(body(six).get("errors").get(0).get("field").asString()).isEqualTo("rating");

        String strangerToken = api.newToken("read-write");
        var stranger = api.postJson(path, Map.of("rating", 1), "Authorization", bearer(strangerToken));
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(body(stranger).get("errors").get(0).get("code").asString()).isEqualTo("reviews.order.notYours");

        var created = api.postJson(path, Map.of("rating", 5, "text", "Smooth", "asDescribed", 5, "handoff", 4),
                "Authorization", bearer(buyerToken));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(body(created).get("publishedAt").isNull()).isTrue();
        var second = api.postJson(path, Map.of("rating", 4), "Authorization", bearer(buyerToken));
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(body(second).get("errors").get(0).get("code").asString()).isEqualTo("reviews.already");

        JsonNode mine = body(api.get(path, "Authorization", bearer(buyerToken)));
        assertThat(mine.get("mine").get("rating").asInt()).isEqualTo(5);
        assertThat(mine.get("theirs").isNull()).isTrue();
        assertThat(api.get(path).statusCode()).isEqualTo(401);

        reviews.submit(deal.deal().seller(), deal.deal().order().id(), new ReviewDraft(5, "Quick payment", null, 5, 5));

        String handle = identity.findProfile(deal.deal().seller()).orElseThrow().handle();
        JsonNode public_ = body(api.get("/api/v1/users/" + handle + "/reviews"));
        assertThat(public_.get("asSeller").get("count").asLong()).isEqualTo(1);
        assertThat(public_.get("asSeller").get("average").decimalValue()).isEqualByComparingTo("4.17");
        assertThat(public_.get("reviews").get(0).get("text").asString()).isEqualTo("Smooth");
        assertThat(api.get("/api/v1/users/nobody-" + UUID.randomUUID() + "/reviews").statusCode()).isEqualTo(404);
    }

    @Test
    void theListingPageCarriesTheSellersRatingAsAggregateRatingAndCardsShowIt() {
        Deal deal = ReviewFixtures.completedOrder(identity, listings, orders);
        WebClient web = new WebClient(port);
        assertThat(jsonLd(web, deal.listing().path())).doesNotContain("AggregateRating");

        reviews.submit(deal.buyer(), deal.order().id(), new ReviewDraft(5, "Lovely bike", 5, 5, 5));
        reviews.submit(deal.seller(), deal.order().id(), new ReviewDraft(5, "Lovely buyer", null, 5, 5));

        String jsonLd = jsonLd(web, deal.listing().path());
        JsonNode data = ApiClient.JSON.readTree(jsonLd);
        assertThat(data.get("aggregateRating").get("@type").asString()).isEqualTo("AggregateRating");
        assertThat(data.get("aggregateRating").get("ratingValue").asString()).isEqualTo("4.17");
        assertThat(data.get("aggregateRating").get("reviewCount").asLong()).isEqualTo(1);
        var page = Jsoup.parse(web.get(deal.listing().path()).body());
        assertThat(page.select(".seller-card .seller-rating").text()).contains("4.2").contains("(1)");
    }

    @Test
    void badgesShowVerificationLevelsAndAFastMedianFirstReply() throws Exception {
        AccountId seller = ListingFixtures.newSeller(identity);
        assertThat(badges(seller)).isEmpty();

        verification.submitId(seller, new IdDocumentUpload("ID_CARD", "L01X00T47", TestImages.png(300, 200)));
        Instant start = Instant.parse("2026-11-01T10:00:00Z");
        for (int minutes : List.of(3, 9, 600)) {
            AccountId buyer = AccountId.random();
            ConversationId conversation = new ConversationId(UUID.randomUUID());
            responseTimes.record(sent(conversation, buyer, seller, start));
            responseTimes.record(sent(conversation, buyer, seller, start.plusSeconds(30)));
            responseTimes.record(sent(conversation, seller, buyer, start.plus(Duration.ofMinutes(minutes))));
            responseTimes.record(sent(conversation, seller, buyer, start.plus(Duration.ofMinutes(minutes + 1))));
        }

        assertThat(badges(seller)).extracting(SellerBadge::kind).containsExactly("verified-id", "responds");
        assertThat(badges(seller)).filteredOn(b -> b.kind().equals("responds")).singleElement()
                .extracting(SellerBadge::argument).isEqualTo("9 min");
        // issue 9: the profile shows the same badges
        String handle = identity.findProfile(seller).orElseThrow().handle();
        var profile = Jsoup.parse(new WebClient(port).get("/u/" + handle).body());
        assertThat(profile.select(".profile-reviews .seller-badge").eachText()).contains("ID verified", "Replies within 9 min");
    }

    @Test
    void sellingAboveAnOperatorsPriceThresholdNeedsAVerifiedId() throws Exception {
        VerificationRequirement rule = requirements.add(null, new BigDecimal("900000"), VerificationLevel.ID);
        try {
            AccountId seller = ListingFixtures.newSeller(identity);
            var draft = listings.create(seller, ListingFixtures.bike("Gold plated bike " + UUID.randomUUID().toString().substring(0, 6))
                    .withPrice("950000"));
            assertThatThrownBy(() -> listings.publish(seller, draft.id()))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).errors().getFirst().code())
                    .isEqualTo("listing.verification.ID");
            assertThat(listings.find(draft.id()).orElseThrow().status()).isEqualTo(ListingStatus.DRAFT);
            var cheap = listings.create(seller, ListingFixtures.bike("Plain bike " + UUID.randomUUID().toString().substring(0, 6)));
            assertThat(listings.publish(seller, cheap.id()).status()).isNotEqualTo(ListingStatus.DRAFT);

            verification.submitId(seller, new IdDocumentUpload("PASSPORT", "C01X00T47", TestImages.png(300, 200)));

            assertThat(listings.publish(seller, draft.id()).status()).isNotEqualTo(ListingStatus.DRAFT);
        } finally {
            requirements.remove(rule.id());
        }
        assertThatThrownBy(() -> requirements.add("no-such-category", null, VerificationLevel.ID))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("category");
    }

    private List<SellerBadge> badges(AccountId seller) {
        return signals.stream().flatMap(s -> s.badgesOf(seller).stream()).toList();
    }

    private static MessageSent sent(ConversationId conversation, AccountId from, AccountId to, Instant at) {
        return new MessageSent(UUID.randomUUID(), UUID.randomUUID(), conversation, dev.agora.listings.ListingId.random(),
                "Tent", from, to, "hello", at);
    }

    private static String jsonLd(WebClient web, String path) {
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(web.get(path).body());
        assertThat(script.find()).isTrue();
        return script.group(1).replace("<\\/", "</");
    }

    private record ApiDeal(Deal deal, String emailOfBuyer) {}

    private ApiDeal paidOrderBetweenApiMembers(ApiClient api) {
        String email = "buyer-" + UUID.randomUUID() + "@example.org";
        AccountId buyer = identity.register(new SignUp(email, ApiClient.PASSWORD, "Api Buyer"));
        AccountId seller = ListingFixtures.newSeller(identity);
        var bike = listings.publish(seller, listings.create(seller, ListingFixtures.bike("Api bike " + UUID.randomUUID().toString().substring(0, 6))).id());
        var order = orders.place(buyer, new dev.agora.orders.PlaceOrder(bike.id(), 1, null, "4242 4242 4242 4242"));
        return new ApiDeal(new Deal(seller, buyer, bike, order), email);
    }

    private void complete(Deal deal) {
        orders.transition(deal.seller(), false, deal.order().id(), "hand-over");
        orders.transition(deal.buyer(), false, deal.order().id(), "confirm-delivery");
        orders.transition(deal.buyer(), false, deal.order().id(), "complete");
    }
}
