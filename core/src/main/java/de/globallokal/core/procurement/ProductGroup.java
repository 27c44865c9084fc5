package de.globallokal.core.procurement;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.LocalizedText;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The full state of a product group as carried in {@code product-group.upserted.v1}
 * events: what the city buys (coffee, workwear, IT, …) and the targets set for it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductGroup(String id, String key, LocalizedText name, LocalizedText description,
        List<ProcurementTarget> targets, boolean example, Instant created, Instant modified) {

    /**
     * Buying with a credible label is what SDG target 12.7 asks of public bodies, so
     * every product group and its targets belong there.
     */
    public static final String SDG_TARGET = "12.7";

    public static final int SDG = 12;

    public ProductGroup {
        targets = targets == null ? List.of()
                : targets.stream().sorted(Comparator.comparing(ProcurementTarget::year)).toList();
    }

    /**
     * The target of that year, or the last one set before it (a target holds until
     * replaced).
     */
    public Optional<ProcurementTarget> targetFor(int year) {
        return targets.stream().filter(t -> t.year() <= year).reduce((first, second) -> second);
    }

}
