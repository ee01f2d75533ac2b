package dev.agora.fulfillment.internal.web;

import dev.agora.fulfillment.internal.Dispatch;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/dispatch}: jobs per zone and day, window capacity use, routes and cost per delivery. */
@Controller
class DispatchBoard {

    private final Dispatch dispatch;
    private final Clock clock;

    DispatchBoard(Dispatch dispatch, Clock clock) {
        this.dispatch = dispatch;
        this.clock = clock;
    }

    @GetMapping("/admin/dispatch")
    @PreAuthorize("hasAnyRole('OPERATOR', 'SUPPORT')")
    String board(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            Model model) {
        LocalDate shown = day == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : day;
        model.addAttribute("board", dispatch.board(shown));
        model.addAttribute("previous", shown.minusDays(1));
        model.addAttribute("next", shown.plusDays(1));
        return "fulfillment/dispatch";
    }
}
