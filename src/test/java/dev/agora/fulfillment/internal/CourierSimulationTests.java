package dev.agora.fulfillment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the seeded courier simulation and writes its table to bench/results/fulfillment.md. */
class CourierSimulationTests {

    @Test
    void costPerDeliveryFallsAsVolumePerZoneRisesAndTheFiguresAreWrittenToTheBenchResults() throws Exception {
        List<CourierSimulation.Row> rows = CourierSimulation.run(7);

        assertThat(rows).hasSize(CourierSimulation.VOLUMES.size());
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).batchedCost()).as("volume %d", rows.get(i).volume())
                    .isLessThan(rows.get(i - 1).batchedCost());
        }
        assertThat(rows.getLast().batchedCost()).isLessThan(rows.getLast().unbatchedCost() / 2);
        assertThat(CourierSimulation.run(7)).isEqualTo(rows); // seeded: the same figures every run

        Path file = Path.of("bench/results/fulfillment.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, CourierSimulation.markdown(7, rows));
        assertThat(Files.readString(file)).contains("| 160 |");
    }
}
