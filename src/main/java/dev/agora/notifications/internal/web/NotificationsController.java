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
    private final dev.agora.notifications.internal.WebPush push;

    NotificationsController(NotificationCentre notifications, dev.agora.notifications.internal.WebPush push) {
        this.notifications = notifications;
        this.push = push;
    }

    /** A browser's push subscription as {@code PushSubscription.toJSON()} gives it. */
    record PushSubscriptionJson(String endpoint, Keys keys) {
        record Keys(String p256dh, String auth) {}
    }

    /** The VAPID public key the page subscribes with. */
    @GetMapping(path = "/notifications/push/key", produces = "text/plain")
    @org.springframework.web.bind.annotation.ResponseBody
    String pushKey() {
        return push.publicKey();
    }

    /** Called by static/js/push.js with the page's CSRF header; bad keys or endpoints are a 400 (problem+json). */
    @PostMapping(path = "/me/notifications/push", consumes = "application/json")
    org.springframework.http.ResponseEntity<Void> subscribe(@AuthenticationPrincipal Member me,
            @org.springframework.web.bind.annotation.RequestBody PushSubscriptionJson subscription) {
        push.subscribe(me.id(), subscription.endpoint(), subscription.keys() == null ? null : subscription.keys().p256dh(),
                subscription.keys() == null ? null : subscription.keys().auth());
        return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.CREATED).build();
    }

    @PostMapping(path = "/me/notifications/push/remove", consumes = "application/json")
    org.springframework.http.ResponseEntity<Void> unsubscribe(@AuthenticationPrincipal Member me,
            @org.springframework.web.bind.annotation.RequestBody PushSubscriptionJson subscription) {
        push.unsubscribe(me.id(), subscription.endpoint());
        return org.springframework.http.ResponseEntity.noContent().build();
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(dev.agora.kernel.validation.InvalidInputException.class)
    org.springframework.http.ResponseEntity<String> refused(dev.agora.kernel.validation.InvalidInputException e) {
        return org.springframework.http.ResponseEntity.badRequest().body(e.errors().getFirst().field() + ": "
                + e.errors().getFirst().message());
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

    /** A mail client without one-click support opens the List-Unsubscribe link: the same confirmation page. */
    @GetMapping("/notifications/unsubscribe/one-click")
    String confirmOneClick(@RequestParam(defaultValue = "") String token, Model model) {
        return confirmUnsubscribe(token, model);
    }

    /**
     * RFC 8058 one-click: the mail client POSTs {@code List-Unsubscribe=One-Click} to the List-Unsubscribe URL,
     * without cookies or CSRF token (exempt for this path only; the signed token authorises). Anything else is 400.
     */
    @PostMapping(path = "/notifications/unsubscribe/one-click")
    org.springframework.http.ResponseEntity<String> oneClick(@RequestParam(defaultValue = "") String token,
            @RequestParam(name = "List-Unsubscribe", defaultValue = "") String oneClick) {
        if (!"One-Click".equals(oneClick) || !notifications.unsubscribe(token)) {
            return org.springframework.http.ResponseEntity.badRequest().body("Not a valid one-click unsubscribe request.");
        }
        return org.springframework.http.ResponseEntity.ok("Unsubscribed.");
    }

    /** The confirmation page's form POSTs here (with its CSRF token). */
    @PostMapping("/notifications/unsubscribe")
    String unsubscribe(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("done", notifications.unsubscribe(token));
        model.addAttribute("category", notifications.categoryOf(token).orElse(null));
        return "notifications/unsubscribe";
    }
}
