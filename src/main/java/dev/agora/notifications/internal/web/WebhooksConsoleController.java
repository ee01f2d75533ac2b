package dev.agora.notifications.internal.web;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.notifications.internal.DeliveryFailures;
import dev.agora.notifications.internal.WebhookDeliveries;
import dev.agora.notifications.internal.Webhooks;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/webhooks} (operators): register endpoints for event types (the signing secret is shown once, right
 * after), remove them, and read each endpoint's delivery log with a replay button per delivery. The same
 * operations as {@code /api/v1/admin/webhooks}. Below, failing email and Web Push deliveries of notifications (as
 * {@code /api/v1/admin/notifications/failures}).
 */
@Controller
class WebhooksConsoleController {

    /** The feed's event types, offered as checkboxes; "*" subscribes to all, present and future. */
    static final List<String> EVENT_TYPES = List.of("*", "listing.published", "listing.changed", "listing.closed",
            "message.sent", "account.verified", "order.transitioned");

    private final Webhooks webhooks;
    private final WebhookDeliveries deliveries;
    private final MessageSource messages;
    private final DeliveryFailures failures;

    WebhooksConsoleController(Webhooks webhooks, WebhookDeliveries deliveries, MessageSource messages,
            DeliveryFailures failures) {
        this.failures = failures;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    @GetMapping("/admin/webhooks")
    String list(Model model) {
        return page(model, "", List.of(), Map.of());
    }

    @PostMapping("/admin/webhooks")
    String register(@RequestParam(defaultValue = "") String url,
            @RequestParam(name = "eventTypes", required = false) @Nullable List<String> eventTypes, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        List<String> types = eventTypes == null ? List.of() : eventTypes;
        try {
            Webhooks.Registered registered = webhooks.register(url, types);
            redirect.addFlashAttribute("secret", registered.secret());
            redirect.addFlashAttribute("registeredUrl", registered.webhook().url());
            redirect.addFlashAttribute("flash", "webhooks.registered");
            return "redirect:/admin/webhooks";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(error -> errors.put(error.field(),
                    messages.getMessage("error." + error.code(), null, error.message(), locale)));
            return page(model, url, types, errors);
        }
    }

    @PostMapping("/admin/webhooks/{id}/remove")
    String remove(@PathVariable UUID id, RedirectAttributes redirect) {
        webhooks.remove(id);
        redirect.addFlashAttribute("flash", "webhooks.removed");
        return "redirect:/admin/webhooks";
    }

    @GetMapping("/admin/webhooks/{id}")
    String log(@PathVariable UUID id, Model model) {
        Webhooks.Webhook webhook = webhooks.all().stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("webhook", webhook);
        model.addAttribute("deliveries", deliveries.log(id));
        return "notifications/webhook-log";
    }

    @PostMapping("/admin/webhooks/{id}/deliveries/{deliveryId}/replay")
    String replay(@PathVariable UUID id, @PathVariable UUID deliveryId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", deliveries.replay(deliveryId) ? "webhooks.replayed" : "webhooks.notFound");
        return "redirect:/admin/webhooks/" + id;
    }

    private String page(Model model, String url, List<String> chosen, Map<String, String> errors) {
        model.addAttribute("webhooks", webhooks.all());
        model.addAttribute("eventTypes", EVENT_TYPES);
        model.addAttribute("url", url);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        // issue 8: email and Web Push deliveries that are failing, beside the webhooks' own logs
        model.addAttribute("failures", failures.recent().stream().limit(50).toList());
        return "notifications/webhooks";
    }
}
