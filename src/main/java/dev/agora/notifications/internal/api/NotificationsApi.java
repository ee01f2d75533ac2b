package dev.agora.notifications.internal.api;

import dev.agora.identity.Member;
import dev.agora.kernel.web.ApiController;
import dev.agora.notifications.Channel;
import dev.agora.notifications.NotificationCategory;
import dev.agora.notifications.NotificationView;
import dev.agora.notifications.internal.NotificationCentre;
import dev.agora.notifications.internal.DeliveryFailures;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * {@code /api/v1/me/notifications}, {@code /api/v1/me/notification-preferences} and, for operators,
 * {@code /api/v1/admin/notifications/failures} (security restricts both path families).
 */
@ApiController("/api/v1")
class NotificationsApi {

    record Page(List<NotificationView> items, long unread) {}

    private final NotificationCentre centre;
    private final DeliveryFailures failures;

    NotificationsApi(NotificationCentre centre, DeliveryFailures failures) {
        this.centre = centre;
        this.failures = failures;
    }

    @GetMapping("/me/notifications")
    Page list(@AuthenticationPrincipal Member me) {
        return new Page(centre.newest(me.id()), centre.unread(me.id()));
    }

    @PostMapping("/me/notifications/{id}/read")
    ResponseEntity<Void> read(@AuthenticationPrincipal Member me, @PathVariable UUID id) {
        return centre.markRead(me.id(), id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @PostMapping("/me/notifications/read")
    ResponseEntity<Void> readAll(@AuthenticationPrincipal Member me) {
        centre.markAllRead(me.id());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me/notification-preferences")
    Map<NotificationCategory, Map<Channel, Boolean>> preferences(@AuthenticationPrincipal Member me) {
        return centre.preferences(me.id());
    }

    /** Replaces the choices named in the body, e.g. {@code {"MESSAGES": {"EMAIL": false}}}. */
    @PutMapping("/me/notification-preferences")
    Map<NotificationCategory, Map<Channel, Boolean>> choose(@AuthenticationPrincipal Member me,
            @RequestBody Map<NotificationCategory, Map<Channel, Boolean>> choices) {
        choices.forEach((category, channels) -> channels.forEach((channel, enabled) ->
                centre.choose(me.id(), category, channel, enabled)));
        return centre.preferences(me.id());
    }

    @GetMapping("/admin/notifications/failures")
    List<DeliveryFailures.Failure> failures() {
        return failures.recent();
    }
}
