package de.globallokal.core.partnership;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A moment in a partnership's history, e.g. the treaty of 1950 or a prize in 1988. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Milestone(@NotNull @Min(800) Integer year, @NotNull @Valid LocalizedText title,
        @Valid LocalizedText text) {
}
