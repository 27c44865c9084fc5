package de.globallokal.partnerships.contact;

import de.globallokal.core.contact.ContactPoint;
import de.globallokal.core.event.EventTypes;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.bson.Document;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/contacts")
class ContactController {

    private final AggregateCollection<ContactPoint> contacts;

    ContactController(AggregateCollection<ContactPoint> contacts) {
        this.contacts = contacts;
    }

    @PostMapping
    ResponseEntity<Stored<ContactPoint>> create(@Valid @RequestBody ContactInput input,
            @AuthenticationPrincipal Jwt principal) {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ContactPoint contact = new ContactPoint(id, input.role(), input.office(), input.person(), input.address(),
                input.phone(), input.fax(), input.email(), now, now);
        Stored<ContactPoint> stored = contacts.insertFirst(id, contact, now, EventTypes.CONTACT_UPSERTED,
                principal.getSubject(), new Document());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).eTag(String.valueOf(stored.version())).body(stored);
    }

    @GetMapping("/{id}")
    ResponseEntity<Stored<ContactPoint>> get(@PathVariable String id) {
        return contacts.find(id)
                .map(stored -> ResponseEntity.ok().eTag(String.valueOf(stored.version())).body(stored))
                .orElse(ResponseEntity.notFound().build());
    }
}
