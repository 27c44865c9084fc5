package de.globallokal.core.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The joint action programme of a project, kept by both cities: fields of action, their
 * objectives, the measures of each objective, and indicators tied to an objective or a
 * measure. Progress is entered on a measure or derived from its indicators; objectives
 * and fields derive theirs, weighted as the office sets.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ConsistentProgramme
public record ActionProgramme(@Size(max = 20) List<@NotNull @Valid FieldOfAction> fields,
        @Size(max = 200) List<@NotNull @Valid ProgrammeIndicator> indicators) {

    /** Ids of fields, objectives, measures, notes and indicators: short and readable. */
    public static final String ID = "[a-z0-9][a-z0-9-]{0,39}";

    public ActionProgramme {
        fields = fields == null ? List.of() : List.copyOf(fields);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** The indicators linked to the measure or objective with this id. */
    public List<ProgrammeIndicator> indicatorsOf(String id) {
        return indicators.stream().filter(i -> id.equals(i.measureId()) || id.equals(i.objectiveId())).toList();
    }

    /**
     * The indicators of the objective itself and of its measures, in the programme's
     * order.
     */
    public List<ProgrammeIndicator> indicatorsUnder(Objective objective) {
        return indicators.stream()
            .filter(i -> objective.id().equals(i.objectiveId())
                    || objective.measures().stream().anyMatch(m -> m.id().equals(i.measureId())))
            .toList();
    }

    /**
     * 0–100: as entered, else the mean of its indicators' progress; null when neither
     * says.
     */
    public Integer progressOf(ProgrammeMeasure measure) {
        if (measure.progress() != null) {
            return measure.progress();
        }
        return mean(indicatorsOf(measure.id()).stream().map(ProgrammeIndicator::progress).toList());
    }

    /** The weighted mean of its measures; without any, of its own indicators. */
    public Integer progressOf(Objective objective) {
        List<Weighted> parts = new ArrayList<>();
        objective.measures().forEach(m -> parts.add(new Weighted(progressOf(m), m.weightOrOne())));
        Integer measured = weighted(parts);
        return measured != null ? measured
                : mean(indicatorsOf(objective.id()).stream().map(ProgrammeIndicator::progress).toList());
    }

    /** The weighted mean of its objectives. */
    public Integer progressOf(FieldOfAction field) {
        return weighted(field.objectives().stream().map(o -> new Weighted(progressOf(o), o.weightOrOne())).toList());
    }

    /** The weighted mean of its fields; null while nothing says. */
    public Integer progress() {
        return weighted(fields.stream().map(f -> new Weighted(progressOf(f), f.weightOrOne())).toList());
    }

    private record Weighted(Integer progress, int weight) {
    }

    private static Integer weighted(List<Weighted> parts) {
        long sum = 0;
        long weights = 0;
        for (Weighted part : parts) {
            if (part.progress() != null) {
                sum += (long) part.progress() * part.weight();
                weights += part.weight();
            }
        }
        return weights == 0 ? null : (int) Math.round((double) sum / weights);
    }

    private static Integer mean(List<Integer> values) {
        return weighted(values.stream().filter(Objects::nonNull).map(v -> new Weighted(v, 1)).toList());
    }

    /** Every measure of every objective, in the programme's order. */
    public List<ProgrammeMeasure> allMeasures() {
        return fields.stream().flatMap(f -> f.objectives().stream()).flatMap(o -> o.measures().stream()).toList();
    }

    /** The measure of that id, if the programme has one. */
    public Optional<ProgrammeMeasure> measure(String measureId) {
        return allMeasures().stream().filter(m -> m.id().equals(measureId)).findFirst();
    }

    /**
     * This programme with one measure changed; empty when it has no measure of that id.
     */
    public Optional<ActionProgramme> withMeasure(String measureId, UnaryOperator<ProgrammeMeasure> change) {
        boolean[] found = { false };
        List<FieldOfAction> changed = fields.stream()
            .map(field -> new FieldOfAction(field.id(), field.title(), field.weight(),
                    field.objectives()
                        .stream()
                        .map(objective -> new Objective(objective.id(), objective.title(), objective.weight(),
                                objective.measures().stream().map(measure -> {
                                    if (!measure.id().equals(measureId)) {
                                        return measure;
                                    }
                                    found[0] = true;
                                    return change.apply(measure);
                                }).toList()))
                        .toList()))
            .toList();
        return found[0] ? Optional.of(new ActionProgramme(changed, indicators)) : Optional.empty();
    }

    /**
     * This programme with one indicator changed; empty when it has no indicator of that
     * id.
     */
    public Optional<ActionProgramme> withIndicator(String indicatorId, UnaryOperator<ProgrammeIndicator> change) {
        if (indicators.stream().noneMatch(i -> i.id().equals(indicatorId))) {
            return Optional.empty();
        }
        return Optional.of(new ActionProgramme(fields,
                indicators.stream().map(i -> i.id().equals(indicatorId) ? change.apply(i) : i).toList()));
    }

}
