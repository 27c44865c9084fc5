package de.globallokal.core.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A series: an RFC 5545 RRULE (weekly or monthly, ended by COUNT or UNTIL) and the dates
 * it skips.
 *
 * @param rule e.g. {@code FREQ=WEEKLY;BYDAY=TU;COUNT=6}
 * @param exceptions dates of occurrences that do not take place (they vanish from the
 * series)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recurrence(@NotBlank @Size(max = 300) String rule, @Size(max = 100) List<@NotNull LocalDate> exceptions) {

    public Recurrence {
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }
}
