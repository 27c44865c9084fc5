package de.globallokal.partnerships.partnership;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.globallokal.core.contact.ContactPoint;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.partnership.PartnershipInput;
import de.globallokal.core.project.Project;
import de.globallokal.support.outbox.AggregateCollection;
import de.globallokal.support.outbox.AggregateCollection.Stored;
import de.globallokal.support.outbox.VersionConflictException;
import de.globallokal.support.text.Slugs;
import de.globallokal.support.web.ConflictException;
import de.globallokal.support.web.UnknownReferenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Partnerships in this service's own database, each change with its event in one write.
 */
@Component
public class PartnershipStore {

    public static final String COLLECTION = "partnerships";

    private static final int MAX_SLUG_ATTEMPTS = 50;

    private final AggregateCollection<Partnership> partnerships;

    private final AggregateCollection<Project> projects;

    private final AggregateCollection<ContactPoint> contacts;

    private final Clock clock;

    PartnershipStore(AggregateCollection<Partnership> partnerships, AggregateCollection<Project> projects,
            AggregateCollection<ContactPoint> contacts, Clock clock) {
        this.clock = clock;
        this.partnerships = partnerships;
        this.projects = projects;
        this.contacts = contacts;
        partnerships.mongo().createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true));
    }

    Stored<Partnership> create(PartnershipInput input, String actor) {
        checkContacts(input);
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String baseSlug = Slugs.of(input.partner().name());
        for (int attempt = 1; attempt <= MAX_SLUG_ATTEMPTS; attempt++) {
            String slug = Slugs.withSuffix(baseSlug, attempt);
            Partnership state = state(id, slug, input, now, now);
            try {
                return partnerships.insertFirst(id, state, now, EventTypes.PARTNERSHIP_UPSERTED, actor,
                        new Document("slug", slug));
            }
            catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("no free slug for " + baseSlug);
    }

    /**
     * Replaces the editable fields; id, slug and creation time stay, so links keep
     * working.
     */
    Stored<Partnership> update(String id, long expectedVersion, PartnershipInput input, String actor) {
        checkContacts(input);
        Partnership current = partnerships.find(id)
            .orElseThrow(() -> new VersionConflictException(id, expectedVersion, null))
            .state();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Partnership state = state(id, current.slug(), input, current.created(), now);
        return partnerships.replace(id, expectedVersion, state, now, EventTypes.PARTNERSHIP_UPSERTED, actor,
                new Document());
    }

    void checkNoProjects(String id) {
        long dependent = projects.count(List.of(Filters.eq("partnershipId", id)));
        if (dependent > 0) {
            throw new ConflictException(
                    "The partnership still has " + dependent + " project(s); move or delete them first.");
        }
    }

    private void checkContacts(PartnershipInput input) {
        checkContacts("localContactIds", input.localContactIds());
        checkContacts("partnerContactIds", input.partnerContactIds());
    }

    private void checkContacts(String field, List<String> ids) {
        if (ids == null) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            if (contacts.find(ids.get(i)).isEmpty()) {
                throw new UnknownReferenceException(field + "[" + i + "]", "no contact point " + ids.get(i));
            }
        }
    }

    private static Partnership state(String id, String slug, PartnershipInput input, Instant created,
            Instant modified) {
        return new Partnership(id, slug, input.partner(), input.kind(), input.since(), input.status(),
                input.statusReason(), input.description(), input.sdgs(), input.milestones(), input.localContactIds(),
                input.partnerContactIds(), input.image(), created, modified, input.attachments());
    }

    Optional<Stored<Partnership>> find(String id) {
        return partnerships.find(id);
    }

    List<Stored<Partnership>> list(PartnershipFilter filter, int page, int size) {
        return partnerships.page(filter.toBson(), "slug", page, size);
    }

    long count(PartnershipFilter filter) {
        return partnerships.count(filter.toBson());
    }

}
