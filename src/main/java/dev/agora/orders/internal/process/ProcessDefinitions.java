package dev.agora.orders.internal.process;

import dev.agora.listings.ListingType;
import dev.agora.orders.TransactionProcesses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link TransactionProcesses} from the {@link ProcessCatalog}: the definitions as data, and which version new orders start. */
@Component
class ProcessDefinitions implements TransactionProcesses {

    private final ProcessCatalog catalog;

    ProcessDefinitions(ProcessCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<ProcessDefinition> definitions() {
        List<ProcessDefinition> definitions = new ArrayList<>();
        for (TransactionProcess process : catalog.all()) {
            String newOrdersOf = null;
            for (ListingType type : ListingType.values()) {
                if (catalog.forNewOrder(type).key().equals(process.key())) {
                    newOrdersOf = newOrdersOf == null ? type.name() : newOrdersOf + ", " + type.name();
                }
            }
            List<String> states = new ArrayList<>();
            states.add(process.initial());
            process.transitions().forEach(t -> {
                if (!states.contains(t.from())) {
                    states.add(t.from());
                }
                if (!states.contains(t.to())) {
                    states.add(t.to());
                }
            });
            process.states().stream().filter(s -> !states.contains(s)).sorted().forEach(states::add);
            definitions.add(new ProcessDefinition(process.name(), process.version(), process.initial(), states,
                    List.copyOf(process.finals()),
                    process.transitions().stream().map(t -> new Step(t.name(), t.from(), t.to(),
                            t.timed() ? null : t.actor(), t.after(), t.actions().stream().map(Enum::name).toList())).toList(),
                    newOrdersOf));
        }
        definitions.sort(Comparator.comparing(ProcessDefinition::name).thenComparingInt(ProcessDefinition::version));
        return definitions;
    }
}
