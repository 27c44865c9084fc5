package de.globallokal.core.structures;

import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What an editor sends to create or replace a body. */
public record BodyInput(@NotNull @Valid LocalizedText name, @NotNull BodyKind kind, @Valid LocalizedText purpose,
        @Size(max = 4) List<@NotNull PolicyArea> areas,
        @Size(max = 40) List<@NotBlank @Size(max = 60) String> memberContactIds,
        @Size(max = 100) List<@NotNull @Valid Meeting> meetings, Boolean example) {
}
