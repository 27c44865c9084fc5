package de.globallokal.core.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a measure may spend from one of the project's funding lines, and has spent.
 *
 * @param funder the funder of the project's funding line, as written there
 * @param programme the funding line's programme, where it names one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasureBudget(@NotBlank @Size(max = 120) String funder, @Size(max = 200) String programme,
        @Valid Money planned, @Valid Money spent) {

    /**
     * True when the money comes from {@code line}: its funder, and its programme if
     * named.
     */
    public boolean drawsOn(FundingLine line) {
        return line.funder().equals(funder) && (programme == null || programme.equals(line.programme()));
    }
}
