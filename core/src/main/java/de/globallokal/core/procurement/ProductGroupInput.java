package de.globallokal.core.procurement;

import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What an editor sends to create or replace a product group. */
public record ProductGroupInput(@NotBlank @ReferenceKey String key, @NotNull @Valid LocalizedText name,
        @Valid LocalizedText description, @Size(max = 30) List<@NotNull @Valid ProcurementTarget> targets,
        Boolean example) {

    /** One target a year: two would leave the reader to guess which one counts. */
    @AssertTrue(message = "{globallokal.validation.target-year-once}")
    public boolean isOneTargetPerYear() {
        return targets == null || targets.stream()
            .filter(t -> t != null && t.year() != null)
            .map(ProcurementTarget::year)
            .distinct()
            .count() == targets.stream().filter(t -> t != null && t.year() != null).count();
    }

}
