package de.globallokal.core.structures;

import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A meeting of a body, past or planned. */
public record Meeting(@NotNull LocalDate date, @Size(max = 200) String place, @Valid LocalizedText note) {
}
