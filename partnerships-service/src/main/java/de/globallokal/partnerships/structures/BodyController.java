package de.globallokal.partnerships.structures;

import de.globallokal.core.contact.ContactPoint;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.structures.Body;
import de.globallokal.core.structures.BodyInput;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.web.AggregateApi;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
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

/** The bodies that carry the work, their members as contact points and their meetings. */
@RestController
@RequestMapping("/api/bodies")
class BodyController extends AggregateApi<Body> {

    private final AggregateCollection<Body> bodies;

    private final AggregateCollection<ContactPoint> contacts;

    BodyController(AggregateCollection<Body> bodies, AggregateCollection<ContactPoint> contacts, Clock clock) {
        super(bodies, EventTypes.BODY_DELETED, clock);
        this.bodies = bodies;
        this.contacts = contacts;
    }

    @PostMapping
    ResponseEntity<Stored<Body>> create(@Valid @RequestBody BodyInput input, @AuthenticationPrincipal Jwt principal) {
        ResolutionController.exist(contacts, "memberContactIds", "contact point", input.memberContactIds());
        return insert(EventTypes.BODY_UPSERTED, principal, new Document(), (id, now) -> state(id, input, now, now));
    }

    @PutMapping("/{id}")
    ResponseEntity<Stored<Body>> update(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody BodyInput input, @AuthenticationPrincipal Jwt principal) {
        ResolutionController.exist(contacts, "memberContactIds", "contact point", input.memberContactIds());
        return replace(id, ifMatch, EventTypes.BODY_UPSERTED, principal, new Document(),
                (current, now) -> state(id, input, current.created(), now));
    }

    @GetMapping
    Map<String, Object> list() {
        return Map.of("data", bodies.page("_id", 0, 500));
    }

    private static Body state(String id, BodyInput input, Instant created, Instant modified) {
        return new Body(id, input.name(), input.kind(), input.purpose(), input.areas(), input.memberContactIds(),
                input.meetings(), Boolean.TRUE.equals(input.example()), created, modified);
    }

}
