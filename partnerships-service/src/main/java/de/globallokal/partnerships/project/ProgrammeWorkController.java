package de.globallokal.partnerships.project;

import de.globallokal.core.event.EventTypes;
import de.globallokal.core.project.ActionProgramme;
import de.globallokal.core.project.MeasureWork;
import de.globallokal.core.project.NoteInput;
import de.globallokal.core.project.ProgrammeIndicator;
import de.globallokal.core.project.Project;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.outbox.VersionConflictException;
import de.globallokal.support.security.PartnerScope;
import de.globallokal.support.web.FieldError;
import de.globallokal.support.web.InvalidRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports both cities make on a programme without touching its structure: a measure's
 * status and progress, its progress notes, an indicator's readings. Open to the partner
 * municipality's colleagues for their own partnership's projects only. Each call names
 * what it writes, so no If-Match: a change that meets another retries on the newer
 * version, and the same note or reading sent twice is stored once.
 */
@RestController
@RequestMapping("/api/projects/{id}/programme")
class ProgrammeWorkController {

    private static final int ATTEMPTS = 5;

    private final AggregateCollection<Project> projects;

    private final Validator validator;

    private final Clock clock;

    ProgrammeWorkController(AggregateCollection<Project> projects, Validator validator, Clock clock) {
        this.projects = projects;
        this.validator = validator;
        this.clock = clock;
    }

    @PutMapping("/measures/{measureId}/work")
    ResponseEntity<Stored<Project>> work(@PathVariable String id, @PathVariable String measureId,
            @Valid @RequestBody MeasureWork work, @AuthenticationPrincipal Jwt principal) {
        return change(id, principal, "programme.measures." + measureId + ".work",
                programme -> programme.withMeasure(measureId, measure -> measure.with(work)));
    }

    @PostMapping("/measures/{measureId}/notes")
    ResponseEntity<Stored<Project>> note(@PathVariable String id, @PathVariable String measureId,
            @Valid @RequestBody NoteInput note, @AuthenticationPrincipal Jwt principal) {
        String side = PartnerScope.sideOf(principal).name();
        return change(id, principal, "programme.measures." + measureId + ".notes", programme -> {
            // a note stays with the side that wrote it: the other city cannot overwrite
            // it
            boolean othersNote = programme.measure(measureId)
                .flatMap(m -> m.note(note.id()))
                .filter(existing -> !existing.side().equals(side))
                .isPresent();
            if (othersNote) {
                throw new InvalidRequestException(
                        List.of(new FieldError("id", "names a note the other city wrote; choose a new id")));
            }
            return programme.withMeasure(measureId, measure -> measure.with(note.by(principal.getSubject(), side)));
        });
    }

    @PostMapping("/indicators/{indicatorId}/readings")
    ResponseEntity<Stored<Project>> reading(@PathVariable String id, @PathVariable String indicatorId,
            @Valid @RequestBody ProgrammeIndicator.Reading reading, @AuthenticationPrincipal Jwt principal) {
        return change(id, principal, "programme.indicators." + indicatorId + ".values",
                programme -> programme.withIndicator(indicatorId, indicator -> indicator.with(reading)));
    }

    private ResponseEntity<Stored<Project>> change(String id, Jwt principal, String what,
            Function<ActionProgramme, Optional<ActionProgramme>> change) {
        for (int attempt = 1;; attempt++) {
            Stored<Project> current = projects.find(id).orElseThrow(() -> new VersionConflictException(id, 0, null));
            Project project = current.state();
            PartnerScope.check(principal, project.partnershipId());
            ActionProgramme programme = project.programme() == null ? new ActionProgramme(null, null)
                    : project.programme();
            ActionProgramme changed = change.apply(programme)
                .orElseThrow(
                        () -> new InvalidRequestException(List.of(new FieldError(what, "is not in this programme"))));
            Instant now = clock.instant();
            Project next = project.with(changed, now);
            checked(next);
            try {
                Stored<Project> stored = projects.replace(id, current.version(), next, now, EventTypes.PROJECT_UPSERTED,
                        principal.getSubject(), ProjectController.lookup(project.slug(), project.partnershipId()),
                        what);
                return ResponseEntity.ok().eTag("\"" + stored.version() + "\"").body(stored);
            }
            catch (VersionConflictException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * The whole project must still hold every rule after the change: the sizes above all.
     */
    private void checked(Project next) {
        List<FieldError> errors = new ArrayList<>(ProjectRules.check(next.input()));
        for (ConstraintViolation<?> violation : validator.validate(next.input())) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

}
