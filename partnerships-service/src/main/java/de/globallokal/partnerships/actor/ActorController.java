package de.globallokal.partnerships.actor;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.globallokal.core.actor.ActorInput;
import de.globallokal.core.actor.ActorKind;
import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.event.EventTypes;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.web.AggregateApi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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
@RequestMapping("/api/actors")
class ActorController extends AggregateApi<LocalActor> {

    /** An entry not confirmed within this many months is due for its yearly check. */
    static final int FRESHNESS_MONTHS = 12;

    private final AggregateCollection<LocalActor> actors;

    ActorController(AggregateCollection<LocalActor> actors, Clock clock) {
        super(actors, EventTypes.ACTOR_DELETED, clock);
        this.actors = actors;
        // sparse: actors from before addresses have none
        actors.mongo().createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true).sparse(true));
    }

    @PostMapping
    ResponseEntity<Stored<LocalActor>> create(@Valid @RequestBody ActorInput input,
            @AuthenticationPrincipal Jwt principal) {
        return insertNamed(EventTypes.ACTOR_UPSERTED, principal, input.name().trim(), slug -> lookup(input, slug),
                (id, slug, now) -> state(id, slug, input, now, now));
    }

    @PutMapping("/{id}")
    ResponseEntity<Stored<LocalActor>> update(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ActorInput input, @AuthenticationPrincipal Jwt principal) {
        // an actor keeps its address (an actor from before addresses keeps its id as one)
        return replace(id, ifMatch, EventTypes.ACTOR_UPSERTED, principal, lookup(input, null),
                (current, now) -> state(id, current.slug(), input, current.created(), now));
    }

    /** Paged, filtered by kind, SDG and a text in the name. */
    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) ActorKind kind,
            @RequestParam(required = false) @Min(1) @Max(17) Integer sdg, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        List<Bson> filters = new ArrayList<>();
        if (kind != null) {
            filters.add(Filters.eq("state.kind", kind.name()));
        }
        if (sdg != null) {
            filters.add(Filters.eq("state.sdgs", sdg));
        }
        if (text != null && !text.isBlank()) {
            filters.add(Filters.regex("state.name", Pattern.quote(text.trim()), "i"));
        }
        return Map.of("data", actors.page(filters, "nameKey", page, size), "page", page, "size", size, "total",
                actors.count(filters));
    }

    /**
     * Actors whose entry was not confirmed within the last twelve months (or never): due
     * for a call.
     */
    @GetMapping("/unconfirmed")
    Map<String, Object> unconfirmed() {
        String due = LocalDate.now(clock).minusMonths(FRESHNESS_MONTHS).toString();
        // ISO dates compare like strings; an actor never confirmed has no date at all
        List<Bson> filters = List
            .of(Filters.or(Filters.exists("state.lastConfirmed", false), Filters.lt("state.lastConfirmed", due)));
        return Map.of("data", actors.page(filters, "nameKey", 0, 1000), "confirmedBefore", due);
    }

    private static LocalActor state(String id, String slug, ActorInput input, Instant created, Instant modified) {
        return new LocalActor(id, input.name().trim(), input.kind(), input.description(), input.themes(), input.sdgs(),
                input.languages(), input.contactPerson(), input.email(), input.phone(), input.website(),
                input.lastConfirmed(), input.example(), created, modified, input.fairTrade(), input.productGroups(),
                slug);
    }

    private static Document lookup(ActorInput input, String slug) {
        Document lookup = new Document("nameKey", input.name().trim().toLowerCase(Locale.ROOT));
        return slug == null ? lookup : lookup.append("slug", slug);
    }

}
