package de.globallokal.core.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.globallokal.core.value.Attachment;
import de.globallokal.core.value.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A measure of an objective.
 *
 * @param side which city carries it: {@code LOCAL}, {@code PARTNER} or {@code JOINT}
 * @param responsible the person or office in charge
 * @param means what it takes: people, material, partners
 * @param progress 0–100 as entered; null = derived from its indicators
 * @param weight its share in the objective's progress; null = 1
 * @param budget planned and spent money per funding line of the project
 * @param notes dated progress notes, by either side
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgrammeMeasure(
        @NotBlank @Pattern(regexp = ActionProgramme.ID, message = "{globallokal.validation.programme-id}") String id,
        @NotNull @Valid LocalizedText title,
        @NotNull @Pattern(regexp = "LOCAL|PARTNER|JOINT", message = "{globallokal.validation.responsible}") String side,
        @Size(max = 160) String responsible, @Size(max = 1000) String means, LocalDate start, LocalDate due,
        @NotNull ProjectStatus status, @Min(0) @Max(100) Integer progress, @Min(1) @Max(100) Integer weight,
        @Size(max = 20) List<@NotNull @Valid MeasureBudget> budget,
        @Size(max = 500) List<@NotNull @Valid ProgressNote> notes,
        @Size(max = 20) List<@NotNull @Valid Attachment> attachments) {

    public ProgrammeMeasure {
        budget = budget == null ? List.of() : List.copyOf(budget);
        notes = notes == null ? List.of() : List.copyOf(notes);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public int weightOrOne() {
        return weight == null ? 1 : weight;
    }

    /** The newest note, if any. */
    public Optional<ProgressNote> latestNote() {
        return notes.stream().max(Comparator.comparing(ProgressNote::date));
    }

    /** This measure with the status and progress its people report. */
    public ProgrammeMeasure with(MeasureWork work) {
        return new ProgrammeMeasure(id, title, side, responsible, means, start, due, work.status(), work.progress(),
                weight, budget, notes, attachments);
    }

    /** This measure with the note added, or put in the place of the note of its id. */
    public ProgrammeMeasure with(ProgressNote note) {
        List<ProgressNote> changed = new ArrayList<>(notes.stream().filter(n -> !n.id().equals(note.id())).toList());
        changed.add(note);
        return new ProgrammeMeasure(id, title, side, responsible, means, start, due, status, progress, weight, budget,
                changed, attachments);
    }

    /** The note of that id, if any. */
    public Optional<ProgressNote> note(String noteId) {
        return notes.stream().filter(n -> n.id().equals(noteId)).findFirst();
    }

}
