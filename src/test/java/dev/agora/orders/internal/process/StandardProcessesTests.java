package dev.agora.orders.internal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every shipped process version, transition by transition in order, as it was before the shared parts were
 * factored out (orders-gaps): {@code src/test/resources/orders/standard-processes.txt}. Orders keep their version,
 * so a version may never change; a new behaviour is a new version and a new block in that file.
 */
class StandardProcessesTests {

    static String render(List<TransactionProcess> processes) {
        StringBuilder text = new StringBuilder();
        for (TransactionProcess p : processes) {
            text.append(p.key()).append(" initial=").append(p.initial()).append(" finals=").append(new TreeSet<>(p.finals())).append('\n');
            for (Transition t : p.transitions()) {
                text.append("  ").append(t.name()).append(' ').append(t.from()).append(" -> ").append(t.to()).append(' ')
                        .append(t.timed() ? "after " + t.after() : "by " + t.actor()).append(' ').append(t.actions()).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void everyVersionKeepsItsTransitions() throws IOException {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/orders/standard-processes.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(render(List.of(StandardProcesses.buyNow(), StandardProcesses.buyNowV2(), StandardProcesses.requestToBook(),
                StandardProcesses.requestToBookV2(), StandardProcesses.requestToBookV3()))).isEqualTo(expected);
    }

    @Test
    void theCatalogKeepsEveryVersionApartAndNewOrdersTakeTheNewest() {
        var catalog = new ProcessCatalog();
        assertThat(catalog.all()).extracting(TransactionProcess::key)
                .containsExactlyInAnyOrder("buy-now@1", "buy-now@2", "request-to-book@1", "request-to-book@2", "request-to-book@3");
        // the shared parts are one definition, but each version has its own copy of the transitions
        assertThat(catalog.get("request-to-book", 1).find("cancel", "paid").orElseThrow().to()).isEqualTo("refunded");
        assertThat(catalog.get("request-to-book", 2).find("cancel", "paid").orElseThrow().to()).isEqualTo("cancelled");
        assertThat(catalog.get("buy-now", 1).find("auto-complete", "delivered").orElseThrow().after())
                .isEqualTo(StandardProcesses.AUTO_COMPLETE);
        assertThat(catalog.get("buy-now", 2).find("auto-complete", "delivered").orElseThrow().after())
                .isEqualTo(StandardProcesses.INSPECTION);
        assertThat(catalog.forNewOrder(dev.agora.listings.ListingType.ITEM).key()).isEqualTo("buy-now@2");
        assertThat(catalog.forNewOrder(dev.agora.listings.ListingType.RENTAL).key()).isEqualTo("request-to-book@3");
    }
}
