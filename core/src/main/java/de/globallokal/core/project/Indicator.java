package de.globallokal.core.project;

import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Something the project measures over time, e.g. trees planted or households reached. */
public record Indicator(@NotNull @Valid LocalizedText name, @Size(max = 20) String unit,
        @Size(max = 500) List<@NotNull @Valid Value> values) {

    public Indicator {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** One dated reading. */
    public record Value(@NotNull LocalDate date, @NotNull BigDecimal value) {
    }
}
