package de.globallokal.core.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A field of action of the programme, e.g. water and food security.
 *
 * @param weight its share in the programme's progress; null = 1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldOfAction(
        @NotBlank @Pattern(regexp = ActionProgramme.ID, message = "{globallokal.validation.programme-id}") String id,
        @NotNull @Valid LocalizedText title, @Min(1) @Max(100) Integer weight,
        @Size(max = 30) List<@NotNull @Valid Objective> objectives) {

    public FieldOfAction {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }

    public int weightOrOne() {
        return weight == null ? 1 : weight;
    }
}
