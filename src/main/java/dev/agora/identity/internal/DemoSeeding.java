package dev.agora.identity.internal;

import dev.agora.kernel.config.AgoraSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Seeds demo accounts and prints where the marketplace runs and how to log in. */
@Component
class DemoSeeding {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

    private final ObjectProvider<DemoAccounts> demo;
    private final AgoraSettings settings;

    DemoSeeding(ObjectProvider<DemoAccounts> demo, AgoraSettings settings) {
        this.demo = demo;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(0) // before the reviews module's demo orders
    void onReady() {
        @Nullable DemoAccounts accounts = demo.getIfAvailable();
        StringBuilder banner = new StringBuilder("\n\n  Agora is running at ").append(settings.baseUrl()).append('\n');
        if (accounts != null) {
            accounts.seed();
            banner.append("  Demo logins (password ").append(DemoAccounts.PASSWORD).append("):\n");
            int width = DemoAccounts.LOGINS.stream().mapToInt(login -> login.label().length()).max().orElse(0) + 2;
            DemoAccounts.LOGINS.forEach(login -> banner.append("    ")
                    .append(String.format("%-" + width + "s", login.label()))
                    .append(login.email()).append('\n'));
            banner.append("  Sent mail (demo outbox): ").append(settings.baseUrl()).append("/dev/outbox\n");
        }
        log.info(banner.toString());
    }
}
