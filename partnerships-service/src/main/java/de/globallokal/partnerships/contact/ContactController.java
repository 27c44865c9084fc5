package de.globallokal.partnerships.contact;

import de.globallokal.core.contact.ContactInput;
import de.globallokal.core.contact.ContactPoint;
import de.globallokal.core.event.EventTypes;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.web.AggregateApi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contacts")
class ContactController extends AggregateApi<ContactPoint> {

    private final AggregateCollection<ContactPoint> contacts;

    ContactController(AggregateCollection<ContactPoint> contacts, Clock clock) {
        super(contacts, EventTypes.CONTACT_DELETED, clock);
        this.contacts = contacts;
    }

    @PostMapping
    ResponseEntity<Stored<ContactPoint>> create(@Valid @RequestBody ContactInput input,
            @AuthenticationPrincipal Jwt principal) {
        return insert(EventTypes.CONTACT_UPSERTED, principal, new Document(), (id, now) -> state(id, input, now, now));
    }

    @PutMapping("/{id}")
    ResponseEntity<Stored<ContactPoint>> update(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ContactInput input, @AuthenticationPrincipal Jwt principal) {
        return replace(id, ifMatch, EventTypes.CONTACT_UPSERTED, principal, new Document("office", input.office()),
                (current, now) -> state(id, input, current.created(), now));
    }

    private static ContactPoint state(String id, ContactInput input, Instant created, Instant modified) {
        return new ContactPoint(id, input.role(), input.office(), input.person(), input.address(), input.phone(),
                input.fax(), input.email(), created, modified);
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return Map.of("data", contacts.page("state.office", page, size), "page", page, "size", size, "total",
                contacts.count());
    }

}
