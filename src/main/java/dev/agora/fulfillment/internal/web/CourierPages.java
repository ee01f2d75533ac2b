package dev.agora.fulfillment.internal.web;

import dev.agora.fulfillment.internal.CourierStop;
import dev.agora.fulfillment.internal.CourierJobs;
import dev.agora.identity.Member;
import dev.agora.identity.Role;
import dev.agora.kernel.validation.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The courier's phone pages: today's jobs in route order, and one job with its pickup or delivery confirmation. */
@Controller
class CourierPages {

    private final CourierJobs jobs;
    private final Clock clock;

    CourierPages(CourierJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @GetMapping("/courier")
    String list(@AuthenticationPrincipal @Nullable Member me,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day, Model model) {
        if (me == null) {
            return "redirect:/login";
        }
        LocalDate shown = day == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : day;
        List<CourierStop> stops = jobs.courierList(me, shown);
        model.addAttribute("day", shown);
        model.addAttribute("mine", stops.stream().filter(CourierStop::mine).toList());
        model.addAttribute("open", stops.stream().filter(s -> !s.taken()).toList());
        return "fulfillment/courier";
    }

    @GetMapping("/courier/jobs/{id}")
    String job(@AuthenticationPrincipal @Nullable Member me, @PathVariable UUID id, Model model) {
        if (me == null) {
            return "redirect:/login";
        }
        model.addAttribute("job", jobs.job(me, id));
        model.addAttribute("checklist", List.of("matches-listing", "no-damage", "complete", "packed"));
        return "fulfillment/courier-job";
    }

    @PostMapping("/courier/jobs/{id}/take")
    String take(@AuthenticationPrincipal Member me, @PathVariable UUID id) {
        requireCourier(me);
        jobs.take(me, id);
        return "redirect:/courier/jobs/" + id;
    }

    @PostMapping("/courier/jobs/{id}/pickup")
    String pickup(@AuthenticationPrincipal Member me, @PathVariable UUID id,
            @RequestParam(required = false) @Nullable List<String> checked, @RequestParam(required = false) @Nullable String note,
            @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos, Model model) {
        requireCourier(me);
        return act(me, id, model, () -> jobs.confirmPickup(me, id, checked == null ? List.of() : checked, note, bytes(photos)));
    }

    @PostMapping("/courier/jobs/{id}/deliver")
    String deliver(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestParam(defaultValue = "") String code,
            Model model) {
        requireCourier(me);
        return act(me, id, model, () -> jobs.confirmDelivery(me, id, code));
    }

    @PostMapping("/courier/jobs/{id}/fail")
    String fail(@AuthenticationPrincipal Member me, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            Model model) {
        requireCourier(me);
        return act(me, id, model, () -> jobs.fail(me, id, reason));
    }

    private String act(Member me, UUID id, Model model, Runnable action) {
        try {
            action.run();
            return "redirect:/courier";
        } catch (InvalidInputException e) {
            job(me, id, model);
            model.addAttribute("error", e.errors().getFirst().message());
            model.addAttribute("errorField", e.errors().getFirst().field());
            return "fulfillment/courier-job";
        }
    }

    private static List<byte[]> bytes(@Nullable List<MultipartFile> files) {
        List<byte[]> photos = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (!file.isEmpty()) {
                    try {
                        photos.add(file.getBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return photos;
    }

    private static void requireCourier(@Nullable Member me) {
        if (me == null || me.role() != Role.COURIER) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
        }
    }
}
