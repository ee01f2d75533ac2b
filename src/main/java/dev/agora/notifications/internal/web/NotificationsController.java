package dev.agora.notifications.internal.web;

import dev.agora.identity.Member;
import dev.agora.notifications.Channel;
import dev.agora.notifications.NotificationCategory;
import dev.agora.notifications.internal.NotificationCentre;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notification centre, the header bell (loaded by htmx), preferences and mail unsubscribe. */
@Controller
class NotificationsController {

    private final NotificationCentre notifications;

    NotificationsController(NotificationCentre notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/me/notifications")
    String centre(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("notifications", notifications.newest(me.id()));
        return "notifications/centre";
    }

    /** The bell's count, polled by htmx from the header; empty for visitors. */
    @GetMapping("/notifications/bell")
    String bell(@AuthenticationPrincipal @Nullable Member me, Model model) {
        model.addAttribute("count", me == null ? 0 : notifications.unread(me.id()));
        model.addAttribute("signedIn", me != null);
        return "notifications/bell :: count";
    }

    @PostMapping("/me/notifications/{id}/read")
    String read(@AuthenticationPrincipal Member me, @PathVariable UUID id) {
        notifications.markRead(me.id(), id);
        return "redirect:/me/notifications";
    }

    @PostMapping("/me/notifications/read")
    String readAll(@AuthenticationPrincipal Member me) {
        notifications.markAllRead(me.id());
        return "redirect:/me/notifications";
    }

    @GetMapping("/me/notifications/preferences")
    String preferences(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("preferences", notifications.preferences(me.id()));
        model.addAttribute("channels", Channel.values());
        return "notifications/preferences";
    }

    /** Every checkbox is named {@code CATEGORY.CHANNEL}; an unchecked one is absent, which means off. */
    @PostMapping("/me/notifications/preferences")
    String choose(@AuthenticationPrincipal Member me, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        for (NotificationCategory category : NotificationCategory.values()) {
            for (Channel channel : Channel.values()) {
                notifications.choose(me.id(), category, channel, form.containsKey(category + "." + channel));
            }
        }
        redirect.addFlashAttribute("flash", "notifications.preferences.saved");
        return "redirect:/me/notifications/preferences";
    }

    @GetMapping("/notifications/unsubscribe")
    String confirmUnsubscribe(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("category", notifications.categoryOf(token).orElse(null));
        return "notifications/unsubscribe";
    }

    /** The form's POST and the mail client's one-click POST (RFC 8058) both land here. */
    @PostMapping("/notifications/unsubscribe")
    String unsubscribe(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("done", notifications.unsubscribe(token));
        model.addAttribute("category", notifications.categoryOf(token).orElse(null));
        return "notifications/unsubscribe";
    }
}
