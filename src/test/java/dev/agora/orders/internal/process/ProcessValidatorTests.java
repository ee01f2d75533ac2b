package dev.agora.orders.internal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.orders.Actor;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcessValidatorTests {

    @Test
    void theStandardProcessesAreValid() {
        assertThat(StandardProcesses.buyNow().states()).contains("checkout", "paid", "handed_over", "delivered", "completed");
        assertThat(StandardProcesses.requestToBook().timersFrom("requested")).extracting(Transition::after)
                .containsExactly(Duration.ofHours(24));
    }

    @Test
    void anUnreachableStateStopsStartUp() {
        assertThatThrownBy(() -> TransactionProcess.define("p", 1).initial("a").finals("done", "orphan-end")
                .transition("go").from("a").to("done").by(Actor.BUYER).done()
                .build())
                .isInstanceOf(InvalidProcessException.class).hasMessageContaining("'orphan-end' is unreachable");
    }

    @Test
    void aTransitionWithoutActorOrTimerStopsStartUp() {
        assertThatThrownBy(() -> TransactionProcess.define("p", 1).initial("a").finals("done")
                .transition("go").from("a").to("done").done()
                .build())
                .isInstanceOf(InvalidProcessException.class).hasMessageContaining("'go' has no actor or timer");
    }

    @Test
    void aDeadEndOutsideTheFinalStatesStopsStartUp() {
        assertThatThrownBy(() -> TransactionProcess.define("p", 1).initial("a").finals("done")
                .transition("go").from("a").to("done").by(Actor.BUYER).done()
                .transition("stray").from("a").to("limbo").by(Actor.SELLER).done()
                .build())
                .isInstanceOf(InvalidProcessException.class).hasMessageContaining("'limbo' is a dead end but not final");
    }

    @Test
    void aFinalStateWithAWayOutIsRefused() {
        assertThatThrownBy(() -> TransactionProcess.define("p", 1).initial("a").finals("done")
                .transition("go").from("a").to("done").by(Actor.BUYER).done()
                .transition("back").from("done").to("a").by(Actor.BUYER).done()
                .build())
                .hasMessageContaining("final state 'done' has transitions out");
    }

    @Test
    void timersAreTakenByTheSystemAndNeverOfferedByHand() {
        var process = StandardProcesses.buyNow();
        assertThat(process.available("checkout", java.util.Set.of(Actor.BUYER, Actor.SYSTEM)))
                .extracting(Transition::name).containsExactlyInAnyOrder("cancel", "pay", "decline");
        assertThat(process.timersFrom("checkout")).singleElement().extracting(Transition::actor).isEqualTo(Actor.SYSTEM);
    }
}
