package de.globallokal.core.procurement;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.project.Money;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The full state of a purchase record as carried in {@code purchase.upserted.v1} events:
 * one department, one year, one product group, shown to the public once published. There
 * is one record for each of these three, so a repeated import updates it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PurchaseRecord(String id, String department, int year, String productGroup, Money total, Money certified,
        List<String> labels, boolean example, boolean published, Instant created, Instant modified) {

    public PurchaseRecord {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /**
     * What makes a record the same one again: department (in any case), year and group.
     */
    public static String identity(String department, int year, String productGroup) {
        return department.trim().toLowerCase(Locale.ROOT) + "|" + year + "|" + productGroup;
    }

}
