package de.globallokal.core.procurement;

import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A share of a product group's spend to be bought with a credible label by a year, as the
 * council set it.
 *
 * @param share percent of the spend, 0 to 100
 */
public record ProcurementTarget(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull @Min(0) @Max(100) Integer share,
        @Valid LocalizedText note) {
}
