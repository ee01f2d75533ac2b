package dev.agora.messaging;

import dev.agora.TestMailServer;
import dev.agora.WebClient;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.SignUp;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/** Fresh members with a confirmed email address (they followed the link in their verification mail). */
public final class ChatMembers {

    public static final String PASSWORD = "correct horse battery staple 42";
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/verify-email\\?token=[A-Za-z0-9_\\-]+");

    public record ChatMember(AccountId id, String email, String name) {}

    private ChatMembers() {}

    public static ChatMember verified(IdentityManagement identity, int port, String name) {
        String email = "chat-" + UUID.randomUUID() + "@example.org";
        AccountId id = identity.register(new SignUp(email, PASSWORD, name));
        String link = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> TestMailServer.mailsTo(email).stream()
                .map(mail -> {
                    try {
                        var matcher = LINK.matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)
                                .replace("=\r\n", "").replace("=3D", "="));
                        return matcher.find() ? matcher.group() : null;
                    } catch (RuntimeException e) {
                        return null;
                    }
                })
                .filter(java.util.Objects::nonNull).findFirst().orElse(null), found -> found != null);
        new WebClient(port).get(link.substring(link.indexOf("/verify-email")));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> identity.isEmailVerified(id));
        return new ChatMember(id, email, name);
    }

    public static WebClient loggedIn(int port, ChatMember member) {
        var client = new WebClient(port);
        client.logIn(member.email(), PASSWORD);
        return client;
    }
}
