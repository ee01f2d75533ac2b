package dev.agora.orders.internal.process;

import dev.agora.listings.ListingType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every process version the platform knows, validated when the application starts (building a process
 * validates it, so a broken definition stops start-up). Old versions stay here while orders run on them.
 */
@Component
public class ProcessCatalog {

    private final Map<String, TransactionProcess> byKey;

    public ProcessCatalog() {
        this(List.of(StandardProcesses.buyNow(), StandardProcesses.buyNowV2(), StandardProcesses.requestToBook(),
                StandardProcesses.requestToBookV2(), StandardProcesses.requestToBookV3())); // v3: issue 7
    }

    ProcessCatalog(List<TransactionProcess> processes) {
        processes.forEach(ProcessValidator::validate);
        this.byKey = processes.stream().collect(Collectors.toMap(TransactionProcess::key, Function.identity()));
    }

    public TransactionProcess get(String name, int version) {
        var process = byKey.get(name + "@" + version);
        if (process == null) {
            throw new IllegalStateException("Unknown transaction process " + name + "@" + version);
        }
        return process;
    }

    /** Every known version (the console's process page). */
    public java.util.Collection<TransactionProcess> all() {
        return byKey.values();
    }

    /** The newest version of the process new orders of this listing type start. */
    public TransactionProcess forNewOrder(ListingType type) {
        String name = type == ListingType.ITEM ? "buy-now" : "request-to-book";
        return byKey.values().stream().filter(p -> p.name().equals(name))
                .max(java.util.Comparator.comparingInt(TransactionProcess::version)).orElseThrow();
    }
}
