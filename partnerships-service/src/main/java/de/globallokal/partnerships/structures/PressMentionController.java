package de.globallokal.partnerships.structures;

import de.globallokal.core.event.EventTypes;
import de.globallokal.core.structures.PressMention;
import de.globallokal.core.structures.PressMentionInput;
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

/** The press log: what local media reported of the work. */
@RestController
@RequestMapping("/api/press-mentions")
class PressMentionController extends AggregateApi<PressMention> {

    private final AggregateCollection<PressMention> mentions;

    PressMentionController(AggregateCollection<PressMention> mentions, Clock clock) {
        super(mentions, EventTypes.PRESS_MENTION_DELETED, clock);
        this.mentions = mentions;
    }

    @PostMapping
    ResponseEntity<Stored<PressMention>> create(@Valid @RequestBody PressMentionInput input,
            @AuthenticationPrincipal Jwt principal) {
        return insert(EventTypes.PRESS_MENTION_UPSERTED, principal, new Document(),
                (id, now) -> state(id, input, now, now));
    }

    @PutMapping("/{id}")
    ResponseEntity<Stored<PressMention>> update(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PressMentionInput input, @AuthenticationPrincipal Jwt principal) {
        return replace(id, ifMatch, EventTypes.PRESS_MENTION_UPSERTED, principal, new Document(),
                (current, now) -> state(id, input, current.created(), now));
    }

    @GetMapping
    Map<String, Object> list() {
        return Map.of("data", mentions.page("state.date", 0, 1000));
    }

    private static PressMention state(String id, PressMentionInput input, Instant created, Instant modified) {
        return new PressMention(id, input.date(), input.outlet().trim(), input.title().trim(), input.link(),
                input.areas(), Boolean.TRUE.equals(input.example()), created, modified);
    }

}
