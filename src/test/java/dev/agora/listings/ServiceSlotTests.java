package dev.agora.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.IntegrationTest;
import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderView;
import dev.agora.orders.PlaceOrder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Weekly slots with capacity and blocked dates; orders hold places, never more than the capacity under concurrency. */
@IntegrationTest
class ServiceSlotTests {

    static final String CARD = "4242 4242 4242 4242";

    @Autowired ListingManagement listings;
    @Autowired ServiceSlots slots;
    @Autowired OrderManagement orders;
    @Autowired IdentityManagement identity;

    AccountId seller;
    ListingView lesson;

    @BeforeEach
    void aLessonWithTwoPlacesEveryDayAtTen() {
        seller = ListingFixtures.newSeller(identity);
        lesson = listings.publish(seller, listings.create(seller, ListingFixtures.lesson("Guitar lesson slots")).id());
        List<WeeklySlot> everyDay = Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklySlot(day, LocalTime.of(10, 0), 60, 2)).toList();
        slots.defineSchedule(seller, lesson.id(), everyDay, List.of());
    }

    @Test
    void concurrentBookingsNeverExceedTheCapacityAndAReleasedPlaceCanBeBookedAgain() throws Exception {
        SlotOpening opening = slots.openings(lesson.id(), LocalDate.now().plusDays(2), LocalDate.now().plusDays(2)).getFirst();
        assertThat(opening.left()).isEqualTo(2);
        assertThat(opening.end()).isEqualTo(opening.start().plusMinutes(60));

        var pool = Executors.newFixedThreadPool(6);
        List<Callable<OrderView>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            AccountId buyer = ListingFixtures.newSeller(identity);
            attempts.add(() -> orders.place(buyer, new PlaceOrder(lesson.id(), 1, null, CARD, opening.start())));
        }
        List<OrderView> booked = new ArrayList<>();
        int refused = 0;
        for (Future<OrderView> result : pool.invokeAll(attempts)) {
            try {
                booked.add(result.get());
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
                assertThat(((InvalidInputException) e.getCause()).errors().getFirst().code()).isEqualTo("slot.full");
                refused++;
            }
        }
        pool.shutdown();
        assertThat(booked).hasSize(2);
        assertThat(refused).isEqualTo(4);
        assertThat(booked).allSatisfy(order -> assertThat(order.state()).isEqualTo("requested"));
        assertThat(left(opening.start())).isZero();

        orders.transition(seller, false, booked.getFirst().id(), "decline");
        assertThat(left(opening.start())).isEqualTo(1);
        AccountId late = ListingFixtures.newSeller(identity);
        assertThat(orders.place(late, new PlaceOrder(lesson.id(), 1, null, CARD, opening.start())).state())
                .isEqualTo("requested");
        assertThat(left(opening.start())).isZero();
    }

    @Test
    void blockedDatesPastOrUnknownTimesAndMissingSlotsAreRefused() {
        LocalDate blocked = LocalDate.now().plusDays(3);
        slots.defineSchedule(seller, lesson.id(), List.of(new WeeklySlot(blocked.getDayOfWeek(), LocalTime.of(10, 0), 60, 2)),
                List.of(blocked));
        assertThat(listings.find(lesson.id()).orElseThrow().blockedDates()).containsExactly(blocked);
        assertThat(slots.openings(lesson.id(), blocked, blocked)).isEmpty();
        assertThat(slots.openings(lesson.id(), blocked.plusDays(7), blocked.plusDays(7))).hasSize(1);

        AccountId buyer = ListingFixtures.newSeller(identity);
        assertRefused(() -> orders.place(buyer, new PlaceOrder(lesson.id(), 1, null, CARD, blocked.atTime(10, 0))),
                "slot.unavailable");
        assertRefused(() -> orders.place(buyer, new PlaceOrder(lesson.id(), 1, null, CARD,
                blocked.plusDays(7).atTime(11, 0))), "slot.unavailable");
        assertRefused(() -> orders.place(buyer, new PlaceOrder(lesson.id(), 1, null, CARD,
                LocalDate.now().minusDays(7).atTime(10, 0))), "slot.unavailable");
        assertRefused(() -> orders.place(buyer, new PlaceOrder(lesson.id(), 1, null, CARD)), "orders.slot.required");
        assertThat(orders.purchasesOf(buyer)).isEmpty();
    }

    @Test
    void badSchedulesAndOtherSellersChangeNothing() {
        var before = slots.weeklySlots(lesson.id());
        assertThatThrownBy(() -> slots.defineSchedule(seller, lesson.id(),
                List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), 5, 0),
                        new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), 60, 1)), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .contains("slots[0].durationMinutes", "slots[0].capacity", "slots[1].start"));
        AccountId other = ListingFixtures.newSeller(identity);
        assertThatThrownBy(() -> slots.defineSchedule(other, lesson.id(), List.of(), List.of()))
                .isInstanceOf(NotYourListingException.class);
        ListingView bike = listings.create(seller, ListingFixtures.bike("Not a service"));
        assertThatThrownBy(() -> slots.defineSchedule(seller, bike.id(), List.of(), List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(slots.weeklySlots(lesson.id())).isEqualTo(before);
        assertThat(Set.copyOf(before)).hasSize(7);
    }

    private int left(LocalDateTime start) {
        return slots.openings(lesson.id(), start.toLocalDate(), start.toLocalDate()).stream()
                .filter(o -> o.start().equals(start)).findFirst().orElseThrow().left();
    }

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().getFirst().code()).isEqualTo(code));
    }
}
