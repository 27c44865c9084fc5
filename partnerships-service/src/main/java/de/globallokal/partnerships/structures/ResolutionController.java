package de.globallokal.partnerships.structures;

import de.globallokal.core.event.EventTypes;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.project.Project;
import de.globallokal.core.structures.Resolution;
import de.globallokal.core.structures.ResolutionInput;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.web.AggregateApi;
import de.globallokal.support.web.UnknownReferenceException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Council resolutions of any scope, oldest first, naming the partnerships and projects
 * they concern.
 */
@RestController
@RequestMapping("/api/resolutions")
class ResolutionController extends AggregateApi<Resolution> {

    private final AggregateCollection<Resolution> resolutions;

    private final AggregateCollection<Partnership> partnerships;

    private final AggregateCollection<Project> projects;

    ResolutionController(AggregateCollection<Resolution> resolutions, AggregateCollection<Partnership> partnerships,
            AggregateCollection<Project> projects, Clock clock) {
        super(resolutions, EventTypes.RESOLUTION_DELETED, clock);
        this.resolutions = resolutions;
        this.partnerships = partnerships;
        this.projects = projects;
    }

    @PostMapping
    ResponseEntity<Stored<Resolution>> create(@Valid @RequestBody ResolutionInput input,
            @AuthenticationPrincipal Jwt principal) {
        checked(input);
        return insert(EventTypes.RESOLUTION_UPSERTED, principal, new Document(),
                (id, now) -> state(id, input, now, now));
    }

    @PutMapping("/{id}")
    ResponseEntity<Stored<Resolution>> update(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ResolutionInput input, @AuthenticationPrincipal Jwt principal) {
        checked(input);
        return replace(id, ifMatch, EventTypes.RESOLUTION_UPSERTED, principal, new Document(),
                (current, now) -> state(id, input, current.created(), now));
    }

    @GetMapping
    Map<String, Object> list() {
        return Map.of("data", resolutions.page("state.date", 0, 1000));
    }

    private void checked(ResolutionInput input) {
        exist(partnerships, "partnershipIds", "partnership", input.partnershipIds());
        exist(projects, "projectIds", "project", input.projectIds());
    }

    static void exist(AggregateCollection<?> aggregates, String field, String what, List<String> ids) {
        for (int i = 0; ids != null && i < ids.size(); i++) {
            if (aggregates.find(ids.get(i)).isEmpty()) {
                throw new UnknownReferenceException(field + "[" + i + "]", "no " + what + " " + ids.get(i));
            }
        }
    }

    private static Resolution state(String id, ResolutionInput input, Instant created, Instant modified) {
        return new Resolution(id, input.date(), input.body().trim(), input.reference(), input.title(), input.decision(),
                input.areas(), input.partnershipIds(), input.projectIds(), input.link(), input.documents(),
                Boolean.TRUE.equals(input.example()), created, modified);
    }

}
