package de.globallokal.core.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One measure of the joint action programme.
 *
 * @param responsible which side carries it: {@code LOCAL}, {@code PARTNER} or
 * {@code JOINT}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Measure(@NotNull @Valid LocalizedText goal, @NotNull @Valid LocalizedText measure,
        @NotNull @Pattern(regexp = "LOCAL|PARTNER|JOINT",
                message = "{globallokal.validation.responsible}") String responsible,
        @Size(max = 500) String resources, @NotNull @Min(0) @Max(100) Integer progress, @NotNull ProjectStatus status,
        LocalDate due) {
}
