package dev.agora.kernel.mail;

import dev.agora.kernel.config.AgoraSettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** Demo installations show kept mail here; anywhere else the page does not exist. */
@Controller
class OutboxController {

    private final AgoraSettings settings;
    private final MailOutbox outbox;

    OutboxController(AgoraSettings settings, MailOutbox outbox) {
        this.settings = settings;
        this.outbox = outbox;
    }

    @GetMapping("/dev/outbox")
    String outbox(Model model) {
        if (!settings.demoEnabled()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("mails", outbox.newest(50));
        return "kernel/outbox";
    }
}
