package de.globallokal.core.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * People counted at the door who came without registering: +1 as each comes in, a
 * negative number to correct a miscount.
 */
public record WalkInChange(@NotNull @Min(-500) @Max(500) Integer delta) {
}
