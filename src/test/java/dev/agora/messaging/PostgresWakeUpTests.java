package dev.agora.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.PostgresTest;
import dev.agora.identity.IdentityManagement;
import dev.agora.listings.ListingFixtures;
import dev.agora.listings.ListingManagement;
import dev.agora.messaging.ChatMembers.ChatMember;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cross-node path on PostgreSQL: a sent message raises NOTIFY at commit, and the LISTEN connection that
 * every node keeps receives it (as another node would). A NOTIFY from a rolled-back transaction never arrives.
 */
@PostgresTest
class PostgresWakeUpTests {

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired ListingManagement listings;
    @Autowired MessagingManagement messaging;
    @Autowired dev.agora.messaging.internal.LiveMessagesProbe probe;
    @Autowired JdbcClient jdbc;

    @Test
    void sendingAMessageNotifiesTheListeningConnectionAtCommit() {
        assertThat(probe.listening()).isTrue();
        ChatMember buyer = ChatMembers.verified(identity, port, "Pg Buyer");
        ChatMember seller = ChatMembers.verified(identity, port, "Pg Seller");
        var listing = listings.publish(seller.id(), listings.create(seller.id(), ListingFixtures.bike("Postgres bike")).id());
        var conversation = messaging.start(buyer.id(), listing.id());
        long before = probe.notificationsReceived();

        messaging.send(buyer.id(), conversation.id(), "hello over NOTIFY");

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> probe.notificationsReceived() > before);
    }
}
