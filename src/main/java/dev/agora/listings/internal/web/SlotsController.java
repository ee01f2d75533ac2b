package dev.agora.listings.internal.web;

import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingNotFoundException;
import dev.agora.listings.ListingView;
import dev.agora.listings.NotYourListingException;
import dev.agora.listings.ServiceSlots;
import dev.agora.listings.WeeklySlot;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /me/listings/{id}/slots}: the seller's weekly slots (day, start, minutes, places; two blank rows add more,
 * a row without a start is dropped) and blocked dates of a service booked by slots, with the next openings.
 */
@Controller
class SlotsController {

    private final ListingManagement listings;
    private final ServiceSlots slots;
    private final MessageSource messages;
    private final Clock clock;

    SlotsController(ListingManagement listings, ServiceSlots slots, MessageSource messages, Clock clock) {
        this.listings = listings;
        this.slots = slots;
        this.messages = messages;
        this.clock = clock;
    }

    /** One form row; strings so a refused form comes back as typed. */
    record Row(String day, String start, String duration, String capacity) {

        static Row of(WeeklySlot slot) {
            return new Row(slot.day().name(), slot.start().toString(), String.valueOf(slot.durationMinutes()),
                    String.valueOf(slot.capacity()));
        }

        static Row blank() {
            return new Row("MONDAY", "", "60", "1");
        }
    }

    @GetMapping("/me/listings/{id}/slots")
    String edit(@AuthenticationPrincipal Member me, @PathVariable String id, Model model) {
        ListingView listing = own(me, id);
        List<Row> rows = new ArrayList<>(slots.weeklySlots(listing.id()).stream().map(Row::of).toList());
        String blocked = listing.blockedDates().stream().map(LocalDate::toString).collect(Collectors.joining("\n"));
        return form(model, listing, rows, blocked, Map.of());
    }

    @PostMapping("/me/listings/{id}/slots")
    String save(@AuthenticationPrincipal Member me, @PathVariable String id,
            @RequestParam(name = "day", required = false) @Nullable List<String> days,
            @RequestParam(name = "start", required = false) @Nullable List<String> starts,
            @RequestParam(name = "duration", required = false) @Nullable List<String> durations,
            @RequestParam(name = "capacity", required = false) @Nullable List<String> capacities,
            @RequestParam(defaultValue = "") String blocked, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        ListingView listing = own(me, id);
        List<Row> rows = new ArrayList<>();
        int count = days == null ? 0 : days.size();
        for (int i = 0; i < count; i++) {
            rows.add(new Row(days.get(i), at(starts, i), at(durations, i), at(capacities, i)));
        }
        List<Row> filled = rows.stream().filter(r -> !r.start().isBlank()).toList();
        try {
            slots.defineSchedule(me.id(), listing.id(), parse(filled), dates(blocked));
            redirect.addFlashAttribute("flash", "slots.saved");
            return "redirect:/me/listings/" + id + "/slots";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, listing, new ArrayList<>(filled), blocked, FormErrors.of(e, messages, locale));
        }
    }

    private String form(Model model, ListingView listing, List<Row> rows, String blocked, Map<String, String> errors) {
        rows.add(Row.blank());
        rows.add(Row.blank());
        model.addAttribute("listing", listing);
        model.addAttribute("rows", rows);
        model.addAttribute("blocked", blocked);
        model.addAttribute("errors", errors);
        model.addAttribute("days", DayOfWeek.values());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("openings", slots.openings(listing.id(), today, today.plusDays(14)).stream().limit(12).toList());
        return "listings/slots";
    }

    private ListingView own(Member me, String id) {
        ListingView listing = listings.find(ListingId.of(id)).orElseThrow(() -> new ListingNotFoundException(id));
        if (!listing.sellerId().equals(me.id())) {
            throw new NotYourListingException(listing.id());
        }
        return listing;
    }

    private static List<WeeklySlot> parse(List<Row> rows) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        List<WeeklySlot> parsed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            try {
                parsed.add(new WeeklySlot(DayOfWeek.valueOf(row.day()), LocalTime.parse(row.start().strip()),
                        Integer.parseInt(row.duration().strip()), Integer.parseInt(row.capacity().strip())));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.add(new InvalidInputException.FieldError("slots[" + i + "].start", "slot.start",
                        "choose a day, a start like 18:00, minutes and places"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return parsed;
    }

    private static List<LocalDate> dates(String text) {
        try {
            return Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).map(LocalDate::parse).distinct().toList();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("blockedDates", "listing.blockedDates", "write dates like 2026-12-24");
        }
    }

    private static String at(@Nullable List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(NotYourListingException.class)
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "listings/not-found";
    }
}
