package de.globallokal.core.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Something the programme measures, against a starting value and a target, tied to one
 * objective or one measure.
 *
 * @param unit e.g. "ha", "households", "%"
 * @param exampleFigures the values are examples, not measured: pages say so
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgrammeIndicator(
        @NotBlank @Pattern(regexp = ActionProgramme.ID, message = "{globallokal.validation.programme-id}") String id,
        @NotNull @Valid LocalizedText name, @Size(max = 20) String unit, @Valid Benchmark baseline,
        @Valid Benchmark target, String objectiveId, String measureId,
        @Size(max = 500) List<@NotNull @Valid Reading> values, Boolean exampleFigures) {

    public ProgrammeIndicator {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** A value at a date: where the indicator started, or where it should arrive. */
    public record Benchmark(@NotNull BigDecimal value, @NotNull LocalDate date) {
    }

    /**
     * One dated reading.
     *
     * @param source where the figure comes from (a survey, the water office)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reading(@NotNull LocalDate date, @NotNull BigDecimal value, @Size(max = 200) String source) {
    }

    public boolean examples() {
        return Boolean.TRUE.equals(exampleFigures);
    }

    /** The newest reading, if any. */
    public Optional<Reading> latest() {
        return values.stream().max(Comparator.comparing(Reading::date));
    }

    /**
     * How far the newest reading has come from the baseline to the target, 0–100; null
     * without baseline, target or reading. A target below the baseline (less waste)
     * counts the way down.
     */
    public Integer progress() {
        if (baseline == null || target == null || latest().isEmpty()
                || target.value().compareTo(baseline.value()) == 0) {
            return null;
        }
        BigDecimal done = latest().get().value().subtract(baseline.value());
        BigDecimal whole = target.value().subtract(baseline.value());
        int percent = done.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).intValue();
        return Math.max(0, Math.min(100, percent));
    }

    /** This indicator with the reading added; a reading of the same day is replaced. */
    public ProgrammeIndicator with(Reading reading) {
        List<Reading> changed = new ArrayList<>(values.stream().filter(r -> !r.date().equals(reading.date())).toList());
        changed.add(reading);
        changed.sort(Comparator.comparing(Reading::date));
        return new ProgrammeIndicator(id, name, unit, baseline, target, objectiveId, measureId, changed,
                exampleFigures);
    }

}
