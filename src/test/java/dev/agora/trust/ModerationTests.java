package dev.agora.trust;

import static dev.agora.ApiClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.ApiClient;
import dev.agora.IntegrationTest;
import dev.agora.TestMailServer;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.MemberSuspensions;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingStatus;
import dev.agora.listings.ListingView;
import dev.agora.messaging.ConversationId;
import dev.agora.messaging.MessageReported;
import dev.agora.trust.internal.moderation.ModerationAction;
import dev.agora.trust.internal.moderation.ModerationCase;
import dev.agora.trust.internal.moderation.Moderation;
import dev.agora.trust.internal.moderation.ReasonTemplate;
import dev.agora.trust.internal.moderation.ReportReason;
import dev.agora.trust.internal.moderation.Reports;
import dev.agora.trust.internal.moderation.SubjectKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ModerationTests {

    @LocalServerPort int port;
    @Autowired Reports reports;
    @Autowired Moderation moderation;
    @Autowired dev.agora.trust.internal.moderation.ModerationQueue queue;
    @Autowired ListingManagement listings;
    @Autowired IdentityManagement identity;
    @Autowired MemberSuspensions suspensions;
    @Autowired UserDetailsService users;
    @Autowired AuditLog audit;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired dev.agora.messaging.MessagingManagement messaging;
    @Autowired dev.agora.identity.MemberAdministration administration;

    ListingView publishedBike(AccountId seller) {
        return listings.publish(seller, listings.create(seller,
                ListingFixtures.bike("Moderated bike " + UUID.randomUUID().toString().substring(0, 8))).id());
    }

    @Test
    void reportsQueueUpAModeratorHidesTheListingWithAReasonAndEveryStepIsAudited() {
        AccountId seller = ListingFixtures.newSeller(identity);
        ListingView bike = publishedBike(seller);
        AccountId first = ListingFixtures.newSeller(identity);
        AccountId second = ListingFixtures.newSeller(identity);
        reports.file(first, SubjectKind.LISTING, bike.id().toString(), ReportReason.SCAM, "Asks for a bank transfer first");
        reports.file(second, SubjectKind.LISTING, bike.id().toString(), ReportReason.MISLEADING, "");
        assertThatThrownBy(() -> reports.file(first, SubjectKind.LISTING, bike.id().toString(), ReportReason.SCAM, ""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> reports.file(seller, SubjectKind.LISTING, bike.id().toString(), ReportReason.SPAM, ""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("yourself");

        ModerationCase queued = queue.queue().stream().filter(c -> c.subjectId().equals(bike.id().toString()))
                .findFirst().orElseThrow();
        assertThat(queued.reports()).isEqualTo(2);
        assertThat(queued.priority()).isEqualTo(2 * 10 + 5 * queued.reporterStanding() + queued.riskScore());
        assertThat(queued.owner()).isEqualTo(seller);

        AccountId moderator = AccountId.random();
        moderation.act(moderator, SubjectKind.LISTING, bike.id().toString(), ModerationAction.HIDE,
                ReasonTemplate.MISLEADING_LISTING, "Photos show another bike", null);

        assertThat(listings.find(bike.id()).orElseThrow().status()).isEqualTo(ListingStatus.PENDING_APPROVAL);
        assertThat(queue.queue()).noneMatch(c -> c.subjectId().equals(bike.id().toString()));
        assertThat(reports.standingOf(first)).isEqualTo(2);
        String sellerEmail = identity.mailContact(seller).orElseThrow().email();
        assertThat(TestMailServer.mailsTo(sellerEmail)).anySatisfy(mail ->
                assertThat(mail.getSubject()).contains("moderation"));

        var action = moderation.against(seller).getFirst();
        moderation.appeal(seller, action.id(), "It is my bike, the photos are from today.");
        assertThatThrownBy(() -> moderation.appeal(seller, action.id(), "Again, it really is my own bike."))
                .isInstanceOf(InvalidInputException.class);
        moderation.decideAppeal(moderator, action.id(), true, "Seller sent the frame number; photos match");

        assertThat(listings.find(bike.id()).orElseThrow().status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(audit.about("listing:" + bike.id())).extracting(AuditEntry::action)
                .containsExactly("moderation.hide", "moderation.appeal-overturned");
        assertThat(audit.about("listing:" + bike.id())).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(moderator));
    }

    @Test
    void aSuspendedMemberCannotLogInUntilTheSuspensionIsLifted() {
        AccountId member = ListingFixtures.newSeller(identity);
        String email = identity.mailContact(member).orElseThrow().email();
        assertThat(users.loadUserByUsername(email).isAccountNonLocked()).isTrue();

        moderation.act(AccountId.random(), SubjectKind.MEMBER, member.toString(), ModerationAction.SUSPEND,
                ReasonTemplate.ABUSIVE_BEHAVIOUR, "Insults in three conversations", 7);

        assertThat(users.loadUserByUsername(email).isAccountNonLocked()).isFalse();
        assertThat(suspensions.suspendedUntil(member)).hasValueSatisfying(until ->
                assertThat(until).isAfter(Instant.now().plus(Duration.ofDays(6))));
        assertThat(audit.about("member:" + member)).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("moderation.suspend"));

        suspensions.lift(member);
        assertThat(users.loadUserByUsername(email).isAccountNonLocked()).isTrue();
    }

    @Test
    void aReportedMessageJoinsTheQueueOnce() {
        UUID event = UUID.randomUUID();
        UUID message = UUID.randomUUID();
        AccountId sender = ListingFixtures.newSeller(identity);
        var reported = new MessageReported(event, UUID.randomUUID(), message, new ConversationId(UUID.randomUUID()),
                ListingFixtures.newSeller(identity), sender, "Threatening", Instant.now());
        tx.executeWithoutResult(status -> events.publishEvent(reported));
        tx.executeWithoutResult(status -> events.publishEvent(reported));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(queue.queue()).filteredOn(c -> c.subjectId().equals(message.toString()))
                        .singleElement().satisfies(c -> {
                            assertThat(c.reports()).isEqualTo(1);
                            assertThat(c.owner()).isEqualTo(sender);
                        }));
    }

    // --- issue 9: a single reported message removed by moderation, shown as such to both, audited, restored on appeal ---
    @Test
    void aModeratorRemovesOneReportedMessageBothSeeItRemovedAndAnOverturnedAppealBringsItBack() {
        var seller = dev.agora.messaging.ChatMembers.verified(identity, port, "Mod Seller");
        var buyer = dev.agora.messaging.ChatMembers.verified(identity, port, "Mod Buyer");
        ListingView bike = publishedBike(seller.id());
        var conversation = messaging.start(buyer.id(), bike.id());
        messaging.send(buyer.id(), conversation.id(), "Is it still there?");
        var abusive = messaging.send(seller.id(), conversation.id(), "Go away, you idiot").message();
        messaging.send(seller.id(), conversation.id(), "Sorry, yes it is");
        messaging.report(buyer.id(), abusive.id(), "Insults");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                queue.queue().stream().anyMatch(c -> c.subjectId().equals(abusive.id().toString())));

        AccountId moderator = AccountId.random();
        moderation.act(moderator, SubjectKind.MESSAGE, abusive.id().toString(), ModerationAction.HIDE,
                ReasonTemplate.ABUSIVE_BEHAVIOUR, "Insult", null);

        for (AccountId party : java.util.List.of(buyer.id(), seller.id())) {
            var messages = messaging.read(party, conversation.id(), 0);
            assertThat(messages).hasSize(3);
            assertThat(messages.get(1).removedByModerator()).isTrue();
            assertThat(messages.get(1).body()).isEmpty();
            assertThat(messages.get(2).body()).isEqualTo("Sorry, yes it is");
        }
        for (var member : java.util.List.of(buyer, seller)) {
            String page = dev.agora.messaging.ChatMembers.loggedIn(port, member).get("/inbox/" + conversation.id()).body();
            assertThat(page).contains("Removed by a moderator").doesNotContain("you idiot").contains("Sorry, yes it is");
        }
        assertThat(audit.about("message:" + abusive.id())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("moderation.hide");
            assertThat(entry.actor()).isEqualTo(moderator);
        });
        assertThat(queue.queue()).noneMatch(c -> c.subjectId().equals(abusive.id().toString()));

        var action = moderation.against(seller.id()).getFirst();
        moderation.appeal(seller.id(), action.id(), "It was a quote from the buyer's own message.");
        moderation.decideAppeal(moderator, action.id(), true, "Context shows a quote");
        assertThat(messaging.read(buyer.id(), conversation.id(), 0).get(1).body()).isEqualTo("Go away, you idiot");
    }

    @Test
    void staffAndModerationSuspensionsAreOneMechanism() {
        AccountId member = ListingFixtures.newSeller(identity);
        String email = identity.mailContact(member).orElseThrow().email();
        suspensions.suspend(member, null, "staff: fraud investigation");
        assertThat(users.loadUserByUsername(email).isAccountNonLocked()).isFalse();
        assertThat(administration.find(member).orElseThrow().suspended()).isTrue();
        assertThat(administration.find(member).orElseThrow().suspendedWithoutEnd()).isTrue();
        assertThat(administration.find(member).orElseThrow().suspensionReason()).isEqualTo("staff: fraud investigation");

        // moderation replaces it with a 3-day suspension; lifting ends whichever is in force
        moderation.act(AccountId.random(), SubjectKind.MEMBER, member.toString(), ModerationAction.SUSPEND,
                ReasonTemplate.SPAM, "", 3);
        assertThat(administration.find(member).orElseThrow().suspendedWithoutEnd()).isFalse();
        assertThat(administration.find(member).orElseThrow().suspensionReason()).isEqualTo("SPAM");
        suspensions.lift(member);
        assertThat(administration.find(member).orElseThrow().suspended()).isFalse();
        assertThat(users.loadUserByUsername(email).isAccountNonLocked()).isTrue();
    }
    // --- end issue 9 ---

    @Test
    void aModerationActionByAMemberIsForbiddenAndChangesNothing() {
        ApiClient api = new ApiClient(port);
        AccountId seller = ListingFixtures.newSeller(identity);
        ListingView bike = publishedBike(seller);
        String token = bearer(api.newToken("read-write"));

        var action = api.postJson("/api/v1/moderation/actions", Map.of("kind", "LISTING", "subjectId", bike.id().toString(),
                "action", "REMOVE", "reasonTemplate", "SPAM"), "Authorization", token);
        var queue = api.get("/api/v1/moderation/queue", "Authorization", token);

        assertThat(action.statusCode()).isEqualTo(403);
        assertThat(action.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(queue.statusCode()).isEqualTo(403);
        assertThat(listings.find(bike.id()).orElseThrow().status()).isEqualTo(ListingStatus.PUBLISHED);

        var report = api.postJson("/api/v1/reports", Map.of("kind", "LISTING", "subjectId", bike.id().toString(),
                "reason", "PROHIBITED"), "Authorization", token);
        assertThat(report.statusCode()).isEqualTo(201);
        var bad = api.postJson("/api/v1/reports", Map.of("kind", "LISTING", "subjectId", bike.id().toString(),
                "reason", "OTHER"), "Authorization", token);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("details");
    }
}
