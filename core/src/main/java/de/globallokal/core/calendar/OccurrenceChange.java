package de.globallokal.core.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One occurrence of a series edited on its own: moved, cancelled or given a notice. It is
 * named by the date the rule gives it, so its id stays the same when it moves.
 *
 * @param date the occurrence's date as the rule produces it
 * @param start the new local start in the event's zone, or null to keep the rule's
 * @param end the new local end, or null to keep the series' duration
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OccurrenceChange(@NotNull LocalDate date, LocalDateTime start, LocalDateTime end, Boolean cancelled,
        @Valid LocalizedText note) {

    public boolean isCancelled() {
        return Boolean.TRUE.equals(cancelled);
    }
}
