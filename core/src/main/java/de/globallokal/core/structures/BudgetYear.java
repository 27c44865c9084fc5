package de.globallokal.core.structures;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.project.Money;
import de.globallokal.core.value.LocalizedText;
import java.time.Instant;

/**
 * The full state of one year of the office's budget line as carried in
 * {@code budget-year.upserted.v1} events. There is one for each year.
 *
 * @param item the line of the city's budget it is kept under
 * @param spent what was spent, once the year is closed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BudgetYear(String id, int year, String item, Money planned, Money spent, LocalizedText note,
        boolean example, Instant created, Instant modified) {
}
