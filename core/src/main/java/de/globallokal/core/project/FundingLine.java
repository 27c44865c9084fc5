package de.globallokal.core.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Money from one funder's programme for a period, e.g. the federal development ministry.
 */
public record FundingLine(@NotBlank @Size(max = 120) String funder, @Size(max = 200) String programme,
        @NotNull @Valid Money amount, LocalDate from, LocalDate until) {
}
