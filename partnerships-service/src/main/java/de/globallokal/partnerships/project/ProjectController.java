package de.globallokal.partnerships.project;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.project.Project;
import de.globallokal.core.project.ProjectInput;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.VersionConflictException;
import de.globallokal.support.web.AggregateApi;
import de.globallokal.support.web.IfMatch;
import de.globallokal.support.web.InvalidRequestException;
import de.globallokal.support.web.UnknownReferenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/projects")
class ProjectController extends AggregateApi<Project> {

    private final AggregateCollection<Project> projects;

    private final AggregateCollection<Partnership> partnerships;

    ProjectController(AggregateCollection<Project> projects, AggregateCollection<Partnership> partnerships,
            Clock clock) {
        super(projects, EventTypes.PROJECT_DELETED, clock);
        this.projects = projects;
        this.partnerships = partnerships;
        projects.mongo().createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true));
    }

    @PostMapping
    ResponseEntity<Stored<Project>> create(@Valid @RequestBody ProjectInput input,
            @AuthenticationPrincipal Jwt principal) {
        checked(input);
        return insertNamed(EventTypes.PROJECT_UPSERTED, principal, input.title().de(),
                slug -> lookup(slug, input.partnershipId()), (id, slug, now) -> state(id, slug, input, now, now));
    }

    @PutMapping("/{id}")
    ResponseEntity<Stored<Project>> update(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ProjectInput input, @AuthenticationPrincipal Jwt principal) {
        long expected = IfMatch.version(ifMatch);
        checked(input);
        Project current = projects.find(id).orElseThrow(() -> new VersionConflictException(id, expected, null)).state();
        Instant now = now();
        Stored<Project> stored = projects.replace(id, expected,
                state(id, current.slug(), input, current.created(), now), now, EventTypes.PROJECT_UPSERTED,
                principal.getSubject(), lookup(current.slug(), input.partnershipId()));
        return withVersion(stored);
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String partnership,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        var filters = partnership == null ? List.<Bson>of() : List.of(Filters.eq("partnershipId", partnership));
        return Map.of("data", projects.page(filters, "slug", page, size), "page", page, "size", size, "total",
                projects.count(filters));
    }

    private void checked(ProjectInput input) {
        var errors = ProjectRules.check(input);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (partnerships.find(input.partnershipId()).isEmpty()) {
            throw new UnknownReferenceException("partnershipId", "no partnership " + input.partnershipId());
        }
    }

    private static Project state(String id, String slug, ProjectInput input, Instant created, Instant modified) {
        return new Project(id, slug, input.partnershipId(), input.title(), input.summary(), input.start(), input.end(),
                input.status(), input.sdgs(), input.sdgTargets(), input.funding(), input.budget(), input.spent(),
                input.measures(), input.indicators(), input.programme(), created, modified, input.image(),
                input.attachments());
    }

    /**
     * The fields beside the state that the unique slug and the partnership filter use.
     */
    static Document lookup(String slug, String partnershipId) {
        return new Document("slug", slug).append("partnershipId", partnershipId);
    }

}
