package de.globallokal.core.project;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How a measure stands, as either city reports it without touching the programme's
 * structure: its status and, where it is not derived from indicators, its progress.
 *
 * @param progress 0–100; null leaves it to the measure's indicators
 */
public record MeasureWork(@NotNull ProjectStatus status, @Min(0) @Max(100) Integer progress) {
}
