/** In-app notification centre, notification email with preferences and unsubscribe, driven by other modules' events. */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"identity", "kernel", "messaging", "listings", "orders", "fulfillment",
        "search"})
@NullMarked
package dev.agora.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
