package de.globallokal.core.structures;

import de.globallokal.core.project.Money;
import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an editor sends for one year of the office's budget line. */
public record BudgetYearInput(@NotNull @Min(2000) @Max(2100) Integer year, @Size(max = 120) String item,
        @NotNull @Valid Money planned, @Valid Money spent, @Valid LocalizedText note, Boolean example) {
}
