package dev.agora.fulfillment.internal.api;

import dev.agora.fulfillment.internal.CourierStop;
import dev.agora.fulfillment.internal.CourierJobs;
import dev.agora.identity.Member;
import dev.agora.identity.Role;
import dev.agora.kernel.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/courier/jobs}: a courier's day in route order, taking jobs, delivery with the buyer's code. */
@ApiController("/api/v1")
@Tag(name = "Fulfillment")
class CourierApi {

    private final CourierJobs jobs;
    private final Clock clock;

    CourierApi(CourierJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    record CodeRequest(@Nullable String code) {}

    record FailRequest(@Nullable String reason) {}

    @Operation(summary = "The courier's jobs of a day (default today) in route order, then open jobs nobody has taken")
    @GetMapping("/courier/jobs")
    List<CourierStop> jobs(@AuthenticationPrincipal @Nullable Member me,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
        return jobs.courierList(courier(me), day == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : day);
    }

    @Operation(summary = "Take an open job (403 if another courier has it)")
    @PostMapping("/courier/jobs/{id}/take")
    CourierStop take(@AuthenticationPrincipal @Nullable Member me, @PathVariable UUID id) {
        Member courier = courier(me);
        jobs.take(courier, id);
        return jobs.job(courier, id);
    }

    @Operation(summary = "Confirm a delivery with the buyer's handoff code (403 if the job is not yours)")
    @PostMapping("/courier/jobs/{id}/delivery")
    void deliver(@AuthenticationPrincipal @Nullable Member me, @PathVariable UUID id, @RequestBody CodeRequest request) {
        jobs.confirmDelivery(courier(me), id, request.code() == null ? "" : request.code());
    }

    @Operation(summary = "Report a failed pickup or delivery: rebooked up to twice, then the order is refunded")
    @PostMapping("/courier/jobs/{id}/failure")
    void fail(@AuthenticationPrincipal @Nullable Member me, @PathVariable UUID id, @RequestBody FailRequest request) {
        jobs.fail(courier(me), id, request.reason() == null ? "" : request.reason());
    }

    private static Member courier(@Nullable Member me) {
        Member member = FulfillmentApiSupport.signedIn(me);
        if (member.role() != Role.COURIER) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Couriers only");
        }
        return member;
    }
}
