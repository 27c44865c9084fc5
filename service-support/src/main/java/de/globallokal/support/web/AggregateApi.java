package de.globallokal.support.web;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.HistoryEntry;
import de.globallokal.support.outbox.VersionConflictException;
import de.globallokal.support.text.Slugs;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every aggregate's REST resource offers alike: read one (with its version as ETag),
 * its history, and delete it naming the version. A subclass adds create, update and list.
 */
public abstract class AggregateApi<T> {

    private final AggregateCollection<T> aggregates;

    private final String deletedType;

    protected final Clock clock;

    protected AggregateApi(AggregateCollection<T> aggregates, String deletedType, Clock clock) {
        this.aggregates = aggregates;
        this.clock = clock;
        this.deletedType = deletedType;
    }

    protected Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @GetMapping("/{id}")
    public ResponseEntity<Stored<T>> get(@PathVariable String id) {
        return aggregates.find(id)
            .map(stored -> ResponseEntity.ok().eTag(String.valueOf(stored.version())).body(stored))
            .orElse(ResponseEntity.notFound().build());
    }

    /**
     * Every version with who changed what and when, oldest first; also after a deletion.
     */
    @GetMapping("/{id}/history")
    public ResponseEntity<Map<String, List<HistoryEntry>>> history(@PathVariable String id) {
        return aggregates.history(id)
            .map(entries -> ResponseEntity.ok(Map.of("data", entries)))
            .orElse(ResponseEntity.notFound().build());
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @AuthenticationPrincipal Jwt principal) {
        long expected = IfMatch.version(ifMatch);
        beforeDelete(id);
        aggregates.delete(id, expected, now(), deletedType, principal.getSubject());
        afterDelete(id, principal.getSubject());
        return ResponseEntity.noContent().build();
    }

    /** A hook for rules that forbid a deletion (throw {@link ConflictException}). */
    protected void beforeDelete(String id) {
    }

    /**
     * A hook for what goes with the aggregate once its guarded delete succeeded (a stale
     * If-Match never gets here).
     */
    protected void afterDelete(String id, String actor) {
    }

    /**
     * Creates the aggregate under a new id: {@code state} makes it from the id and the
     * time, which is its creation and its modification.
     */
    protected ResponseEntity<Stored<T>> insert(String upsertedType, Jwt principal, Document lookup,
            BiFunction<String, Instant, T> state) {
        String id = UUID.randomUUID().toString();
        Instant now = now();
        return created(id,
                aggregates.insertFirst(id, state.apply(id, now), now, upsertedType, principal.getSubject(), lookup));
    }

    /** Makes an aggregate's state from its id, its slug and the time of its creation. */
    @FunctionalInterface
    protected interface NamedState<T> {

        T of(String id, String slug, Instant now);

    }

    /**
     * Creates the aggregate under a new id and a readable slug made from {@code name},
     * numbered ({@code -2}, {@code -3}, …) while another holds it: the unique index on
     * the lookup's {@code slug} decides, so two writers racing for one name get two
     * slugs.
     */
    protected ResponseEntity<Stored<T>> insertNamed(String upsertedType, Jwt principal, String name,
            Function<String, Document> lookup, NamedState<T> state) {
        String id = UUID.randomUUID().toString();
        Instant now = now();
        String base = Slugs.of(name);
        for (int attempt = 1; attempt <= MAX_SLUG_ATTEMPTS; attempt++) {
            String slug = Slugs.withSuffix(base, attempt);
            try {
                return created(id, aggregates.insertFirst(id, state.of(id, slug, now), now, upsertedType,
                        principal.getSubject(), lookup.apply(slug)));
            }
            catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("no free slug for " + base);
    }

    private static final int MAX_SLUG_ATTEMPTS = 50;

    /**
     * Replaces the aggregate at the version {@code ifMatch} names: {@code state} makes
     * the new state from the current one (whose creation time it keeps) and the time of
     * the change.
     */
    protected ResponseEntity<Stored<T>> replace(String id, String ifMatch, String upsertedType, Jwt principal,
            Document lookup, BiFunction<T, Instant, T> state) {
        long expected = IfMatch.version(ifMatch);
        T current = aggregates.find(id).orElseThrow(() -> new VersionConflictException(id, expected, null)).state();
        Instant now = now();
        return withVersion(aggregates.replace(id, expected, state.apply(current, now), now, upsertedType,
                principal.getSubject(), lookup));
    }

    /** 201 with the new aggregate's address and its version as ETag. */
    protected static <S> ResponseEntity<Stored<S>> created(String id, Stored<S> stored) {
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).eTag(String.valueOf(stored.version())).body(stored);
    }

    protected static <S> ResponseEntity<Stored<S>> withVersion(Stored<S> stored) {
        return ResponseEntity.ok().eTag(String.valueOf(stored.version())).body(stored);
    }

}
