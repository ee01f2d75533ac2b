package dev.agora.admin.internal.config;

import dev.agora.orders.TransactionProcesses;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin/config/processes}: every transaction process version (states, transitions with their actor or timer
 * and actions) and which one new orders start. Read-only: processes are code, a change is a new version.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class ProcessesConsole {

    private final TransactionProcesses processes;

    ProcessesConsole(TransactionProcesses processes) {
        this.processes = processes;
    }

    @GetMapping("/admin/config/processes")
    String page(Model model) {
        var definitions = processes.definitions();
        Map<String, String> timers = new HashMap<>();
        definitions.forEach(p -> p.transitions().stream().filter(t -> t.after() != null)
                .forEach(t -> timers.put(t.after().toString(), duration(t.after()))));
        model.addAttribute("processes", definitions);
        model.addAttribute("timers", timers);
        return "admin/config/processes";
    }

    /** "2d", "15m", "1d 12h": timers as operators read them. */
    static String duration(Duration after) {
        StringBuilder text = new StringBuilder();
        if (after.toDaysPart() > 0) {
            text.append(after.toDaysPart()).append("d ");
        }
        if (after.toHoursPart() > 0) {
            text.append(after.toHoursPart()).append("h ");
        }
        if (after.toMinutesPart() > 0) {
            text.append(after.toMinutesPart()).append("m ");
        }
        return text.isEmpty() ? after.toSeconds() + "s" : text.toString().strip();
    }
}
