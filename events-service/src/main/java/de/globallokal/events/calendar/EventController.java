package de.globallokal.events.calendar;

import com.mongodb.client.model.Filters;
import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.EventCategory;
import de.globallokal.core.calendar.EventInput;
import de.globallokal.core.calendar.EventStatus;
import de.globallokal.core.calendar.OccurrenceChange;
import de.globallokal.core.event.EventTypes;
import de.globallokal.events.registration.EventLedger;
import de.globallokal.events.registration.RegistrationsOfEvent;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.web.AggregateApi;
import de.globallokal.support.web.ConflictException;
import de.globallokal.support.web.IfMatch;
import de.globallokal.support.web.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bson.conversions.Bson;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
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
@Validated
@RequestMapping("/api/events")
class EventController extends AggregateApi<CalendarEvent> {

    private final AggregateCollection<CalendarEvent> events;

    private final EventLedger ledger;

    private final References references;

    private final RegistrationsOfEvent registrations;

    EventController(AggregateCollection<CalendarEvent> events, EventLedger ledger, References references,
            RegistrationsOfEvent registrations, Clock clock) {
        super(events, EventTypes.EVENT_DELETED, clock);
        this.events = events;
        this.ledger = ledger;
        this.references = references;
        this.registrations = registrations;
    }

    @PostMapping
    ResponseEntity<Stored<CalendarEvent>> create(@Valid @RequestBody EventInput input,
            @AuthenticationPrincipal Jwt principal) {
        references.check(input);
        String id = UUID.randomUUID().toString();
        Instant now = now();
        Stored<CalendarEvent> stored = ledger.create(EventAssembly.state(id, input, clock.getZone(), now, now),
                principal.getSubject());
        return created(id, stored);
    }

    /**
     * Replaces the event, or the whole series; registrations stay, a raised capacity
     * moves the waitlist up.
     */
    @PutMapping("/{id}")
    ResponseEntity<Stored<CalendarEvent>> update(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody EventInput input, @AuthenticationPrincipal Jwt principal) {
        long expected = IfMatch.version(ifMatch);
        references.check(input);
        Instant now = now();
        return withVersion(ledger.update(id, expected, principal.getSubject(),
                current -> EventAssembly.state(id, input, clock.getZone(), current.created(), now)));
    }

    /**
     * Changes one date of a series on its own (move, cancel, notice); the date is the one
     * the rule gives, so the occurrence keeps its id. The rest of the series stays as it
     * is.
     */
    @PutMapping("/{id}/occurrences/{date}")
    ResponseEntity<Stored<CalendarEvent>> updateOccurrence(@PathVariable String id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody OccurrenceChange change, @AuthenticationPrincipal Jwt principal) {
        long expected = IfMatch.version(ifMatch);
        if (!date.equals(change.date())) {
            throw new InvalidRequestException("date", "must be the date in the address, " + date);
        }
        Instant now = now();
        return withVersion(ledger.update(id, expected, principal.getSubject(), current -> {
            if (current.recurrence() == null) {
                throw new InvalidRequestException("date", "the event is no series; change the event itself");
            }
            List<OccurrenceChange> changes = new ArrayList<>(
                    current.occurrenceChanges().stream().filter(c -> !c.date().equals(date)).toList());
            changes.add(change);
            return EventAssembly.withChanges(current, changes, now);
        }));
    }

    @GetMapping
    Map<String, Object> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) EventCategory category,
            @RequestParam(required = false) @Min(1) @Max(17) Integer sdg,
            @RequestParam(required = false) String partnership, @RequestParam(required = false) String organiser,
            @RequestParam(required = false) EventStatus status, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException("to", "must not be before from");
        }
        List<Bson> filters = new ArrayList<>();
        if (from != null) {
            filters.add(Filters.gte("endsAt", Date.from(from.atStartOfDay(clock.getZone()).toInstant())));
        }
        if (to != null) {
            filters.add(Filters.lt("startsAt", Date.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant())));
        }
        if (category != null) {
            filters.add(Filters.eq("state.category", category.name()));
        }
        if (sdg != null) {
            filters.add(Filters.eq("state.sdgs", sdg));
        }
        if (partnership != null) {
            filters.add(Filters.eq("state.partnershipIds", partnership));
        }
        if (organiser != null) {
            filters.add(Filters.eq("state.organiserId", organiser));
        }
        if (status != null) {
            filters.add(Filters.eq("statusKey", status.name()));
        }
        if (text != null && !text.isBlank()) {
            String quoted = Pattern.quote(text.trim());
            filters.add(Filters.or(Filters.regex("state.title.de", quoted, "i"),
                    Filters.regex("state.title.en", quoted, "i"), Filters.regex("state.title.fr", quoted, "i"),
                    Filters.regex("state.summary.de", quoted, "i")));
        }
        return Map.of("data", events.page(filters, "startsAt", page, size), "page", page, "size", size, "total",
                events.count(filters));
    }

    /**
     * People who registered are told through a cancellation, not left with a vanished
     * event.
     */
    @Override
    protected void beforeDelete(String id) {
        long active = registrations.active(id);
        if (active > 0) {
            throw new ConflictException(active + " people are registered; cancel the event instead of deleting it");
        }
    }

    @Override
    protected void afterDelete(String id, String actor) {
        registrations.forget(id, actor);
    }

}
