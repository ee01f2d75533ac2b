package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.IntegrationTest;
import dev.agora.TestClock;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.VerificationManagement;
import dev.agora.identity.internal.verification.SandboxSms;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Seller facts in the index: minimum rating and verified filters, sort by rating, level boost, kept current. */
@IntegrationTest
class SellerStandingSearchTests {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired VerificationManagement verification;
    @Autowired SandboxSms sms;
    @Autowired ListingSearch search;
    @Autowired SearchRequests requests;
    @Autowired SearchListingRepository documents;
    @Autowired TransactionTemplate transactions;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void ratingFilterSortAndLevelBoostUseTheSellersFacts() {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 6); // only these listings carry it
        // published best first: newest-first tie-breaking alone would put it last
        ListingView best = publishedBike(ListingFixtures.newSeller(identity), "Best " + word + " road bike");
        ListingView good = publishedBike(ListingFixtures.newSeller(identity), "Good " + word + " road bike");
        ListingView plain = publishedBike(ListingFixtures.newSeller(identity), "Plain " + word + " road bike");
        awaitHits(List.of("q", word), 3);
        // the sellers' facts as reviews and trust would report them (their own paths are tested there)
        setFacts(good, new SellerFacts(4.2, false, "RISING"));
        setFacts(best, new SellerFacts(4.8, true, "TOP"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> hits(List.of("q", word, "min_rating", "4.5")).size() == 1);

        assertThat(hits(List.of("q", word, "min_rating", "4.5"))).containsExactly(best.id().value());
        assertThat(hits(List.of("q", word, "min_rating", "4"))).containsExactlyInAnyOrder(best.id().value(), good.id().value());
        assertThat(hits(List.of("q", word, "verified", "true"))).containsExactly(best.id().value());
        assertThat(hits(List.of("q", word, "sort", "rating")))
                .containsExactly(best.id().value(), good.id().value(), plain.id().value()); // unrated last
        // equal words: rating and level boosts put the best-standing seller first
        assertThat(hits(List.of("q", word))).containsExactly(best.id().value(), good.id().value(), plain.id().value());
    }

    @Test
    void badRatingOrVerifiedValuesAreRejectedByName() {
        assertThatThrownBy(() -> requests.parse(params(List.of("min_rating", "7"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("min_rating");
        assertThatThrownBy(() -> requests.parse(params(List.of("min_rating", "four"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("min_rating");
        assertThatThrownBy(() -> requests.parse(params(List.of("verified", "maybe"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("verified");
        assertThat(requests.parse(params(List.of("min_rating", "0"))).minRating()).isNull();
    }

    @Test
    void aPhoneVerificationReachesTheSellersListingsInTheIndex() {
        AccountId seller = ListingFixtures.newSeller(identity);
        String word = "zv" + UUID.randomUUID().toString().substring(0, 6);
        ListingView bike = publishedBike(seller, "Verified " + word + " city bike");
        awaitHits(List.of("q", word), 1);
        assertThat(hits(List.of("q", word, "verified", "true"))).isEmpty();

        verification.startPhone(seller, "0151 7654 3210");
        Matcher code = CODE.matcher(sms.lastTo("+4915176543210").orElseThrow().text());
        assertThat(code.find()).isTrue();
        verification.confirmPhone(seller, code.group(1));
        // the refresh waits a minute for other modules' listeners: once it is scheduled, move past it
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'search-seller-refresh' AND task_instance LIKE ?")
                .param(seller.value() + "@%").query(Long.class).single() > 0);
        clock.advance(Duration.ofMinutes(2));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> hits(List.of("q", word, "verified", "true")).equals(List.of(bike.id().value())));
    }

    private ListingView publishedBike(AccountId seller, String title) {
        ListingView created = listings.create(seller, ListingFixtures.bike(title));
        return listings.publish(seller, created.id());
    }

    private void setFacts(ListingView listing, SellerFacts facts) {
        transactions.executeWithoutResult(status -> documents.findById(listing.id().value()).orElseThrow().refreshSeller(facts));
    }

    private void awaitHits(List<String> pairs, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> hits(pairs).size() == count);
    }

    private List<UUID> hits(List<String> pairs) {
        return search.search(requests.parse(params(pairs)), false).listingIds();
    }

    private static MultiValueMap<String, String> params(List<String> pairs) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.size(); i += 2) {
            params.add(pairs.get(i), pairs.get(i + 1));
        }
        return params;
    }
}
