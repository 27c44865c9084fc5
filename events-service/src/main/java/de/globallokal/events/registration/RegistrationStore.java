package de.globallokal.events.registration;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The registrations, one document each with the notices still to send (DD015). Every
 * lookup on the sign-up path goes through a unique index (the id, a token's hash, or the
 * address on a date while active), so the ten-thousandth sign-up costs what the first
 * did. A change is guarded by the state it was worked out on: two writers of the same
 * registration never both win.
 */
@Component
class RegistrationStore {

    static final String COLLECTION = "registrations";

    private static final String ACTIVE_KEY = "activeKey";

    private static final String NOTICES = "notices";

    private static final String PLAN = "plan";

    private static final String REMINDED = "reminded";

    private static final String LETTERS = "letters";

    private static final Bson ACTIVE = Filters.in("status", RegistrationStatus.PENDING.name(),
            RegistrationStatus.CONFIRMED.name(), RegistrationStatus.OFFERED.name(),
            RegistrationStatus.WAITLISTED.name());

    private final MongoCollection<Document> registrations;

    RegistrationStore(MongoTemplate mongo) {
        this.registrations = mongo.getCollection(COLLECTION);
        IndexOptions uniqueWhenPresent = new IndexOptions().unique(true).sparse(true);
        registrations.createIndex(Indexes.ascending(ACTIVE_KEY), uniqueWhenPresent);
        registrations.createIndex(Indexes.ascending("tokenHash"), uniqueWhenPresent);
        registrations.createIndex(Indexes.ascending("claimTokenHash"), uniqueWhenPresent);
        // for MongoDB itself; the in-memory server scans, off the sign-up path
        registrations.createIndex(Indexes.ascending("eventId"));
        registrations.createIndex(Indexes.ascending("occurrenceId", "status", "ticket"));
        registrations.createIndex(Indexes.ascending("emailKey"));
        registrations.createIndex(Indexes.ascending(PLAN + ".start"));
    }

    /**
     * Stores a new registration with its first notice and what it tells of the date.
     * @return false when the address already holds an active registration for the date
     */
    boolean insert(Registration r, Notice notice, DatePlan plan) {
        try {
            registrations.insertOne(
                    RegistrationDocuments.of(r).append(NOTICES, List.of(notice(notice))).append(PLAN, plan.document()));
            return true;
        }
        catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Stores a registration moved from elsewhere, unless it is there already. */
    void insertIfAbsent(Registration r) {
        try {
            registrations.insertOne(RegistrationDocuments.of(r));
        }
        catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    Optional<Registration> find(String id) {
        return first(Filters.eq("_id", id));
    }

    Optional<Registration> findByTokenHash(String hash) {
        return first(Filters.eq("tokenHash", hash)).or(() -> first(Filters.eq("claimTokenHash", hash)));
    }

    /** The active registration of an address for a date, if any. */
    Optional<Registration> findActive(String occurrenceId, String emailKey) {
        return first(Filters.eq(ACTIVE_KEY, RegistrationDocuments.activeKey(occurrenceId, emailKey)));
    }

    /**
     * Replaces {@code before} by {@code after} if nobody changed it in between, and
     * queues the notice with it in the same write.
     * @return false when another writer came first
     */
    boolean change(Registration before, Registration after, Notice notice) {
        Bson filter = Filters.and(Filters.eq("_id", before.id()), Filters.eq("status", before.status().name()),
                Filters.eq("verified", before.verified()), Filters.eq("attended", before.attended()),
                Filters.eq("anonymised", before.anonymised()));
        List<Bson> updates = new ArrayList<>(RegistrationDocuments.changes(after));
        if (notice != null) {
            updates.add(Updates.push(NOTICES, notice(notice)));
        }
        return registrations.updateOne(filter, Updates.combine(updates)).getMatchedCount() == 1;
    }

    /** The first in line on a date's waitlist, if anyone waits. */
    Optional<Registration> firstWaiting(String occurrenceId) {
        return registrations
            .find(Filters.and(Filters.eq("occurrenceId", occurrenceId),
                    Filters.eq("status", RegistrationStatus.WAITLISTED.name())))
            .sort(Sorts.ascending("ticket"))
            .limit(1)
            .map(RegistrationDocuments::registration)
            .into(new ArrayList<>())
            .stream()
            .findFirst();
    }

    /** 1 for the first in line on the registration's date. */
    int positionOf(Registration waiting) {
        return 1 + (int) registrations.countDocuments(Filters.and(Filters.eq("occurrenceId", waiting.occurrenceId()),
                Filters.eq("status", RegistrationStatus.WAITLISTED.name()), Filters.lt("ticket", waiting.ticket())));
    }

    /** How many active registrations each date has, by status: one pass over all. */
    Map<String, Map<RegistrationStatus, Integer>> activeCounts() {
        Map<String, Map<RegistrationStatus, Integer>> counts = new HashMap<>();
        registrations.find(ACTIVE)
            .projection(Projections.include("occurrenceId", "status"))
            .forEach(d -> counts
                .computeIfAbsent(d.getString("occurrenceId"), k -> new EnumMap<>(RegistrationStatus.class))
                .merge(RegistrationStatus.valueOf(d.getString("status")), 1, Integer::sum));
        return counts;
    }

    /** How many registrants of each date were checked in. */
    Map<String, Integer> attendedCounts() {
        Map<String, Integer> counts = new HashMap<>();
        registrations.find(Filters.eq("attended", true))
            .projection(Projections.include("occurrenceId"))
            .forEach(d -> counts.merge(d.getString("occurrenceId"), 1, Integer::sum));
        return counts;
    }

    /**
     * Forgets the people of the named registrations in one write; statuses, and so the
     * counts, stay. Mirrors {@link Registration#anonymisedAt}.
     */
    void anonymise(List<String> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        registrations.updateMany(Filters.and(Filters.in("_id", ids), Filters.eq("anonymised", false)),
                Updates.combine(Updates.unset("name"), Updates.unset("email"), Updates.unset("emailKey"),
                        Updates.unset(ACTIVE_KEY), Updates.unset("phone"), Updates.unset("note"),
                        Updates.set("anonymised", true), Updates.set("modified", Date.from(now))));
    }

    long countActive(String eventId) {
        return registrations.countDocuments(Filters.and(Filters.eq("eventId", eventId), ACTIVE));
    }

    List<Registration> ofEvent(String eventId) {
        return all(Filters.eq("eventId", eventId));
    }

    List<Registration> ofDate(String occurrenceId) {
        return all(Filters.eq("occurrenceId", occurrenceId));
    }

    List<Registration> byEmailKey(String emailKey) {
        return all(Filters.eq("emailKey", emailKey));
    }

    /** Registrations in a status whose deadline field lies before {@code now}. */
    List<Registration> due(RegistrationStatus status, String deadline, Instant now) {
        return all(Filters.and(Filters.eq("status", status.name()), Filters.lt(deadline, Date.from(now))));
    }

    /** Ids of the registrations with notices still to send. */
    List<String> withNotices(int limit) {
        return registrations.find(Filters.exists(NOTICES + ".0"))
            .projection(Projections.include("_id"))
            .limit(limit)
            .map(d -> d.getString("_id"))
            .into(new ArrayList<>());
    }

    /** A registration with the notices it still has to send. */
    Optional<Pending> pending(String id) {
        Document d = registrations.find(Filters.eq("_id", id)).first();
        if (d == null) {
            return Optional.empty();
        }
        List<Notice> notices = new ArrayList<>();
        for (Document n : d.getList(NOTICES, Document.class, List.of())) {
            Notice.Farewell farewell = n.containsKey("farewellTo")
                    ? new Notice.Farewell(n.getString("farewellTo"), n.getString("farewellName")) : null;
            Notice.Letter letter = n.containsKey("subject")
                    ? new Notice.Letter(n.getString("subject"), n.getString("text")) : null;
            notices.add(new Notice(n.getString("id"), Notice.Kind.valueOf(n.getString("kind")), n.getString("token"),
                    n.getInteger("position", 0), n.getDate("created").toInstant(), farewell,
                    DatePlan.of(n.get("was", Document.class)), letter));
        }
        return Optional.of(new Pending(RegistrationDocuments.registration(d), notices));
    }

    record Pending(Registration registration, List<Notice> notices) {
    }

    void sent(String id, String noticeId) {
        registrations.updateOne(Filters.eq("_id", id), Updates.pull(NOTICES, Filters.eq("id", noticeId)));
    }

    /** Adds a notice to a registration that does not change otherwise. */
    void tell(String id, Notice notice) {
        registrations.updateOne(Filters.eq("_id", id), Updates.push(NOTICES, notice(notice)));
    }

    /**
     * An active registration with what it was last told of its date (null: nothing yet).
     */
    record Told(Registration registration, DatePlan plan) {
    }

    /**
     * The active registrations of an event last told of an older sequence than
     * {@code sequence}.
     */
    List<Told> toldBefore(String eventId, int sequence) {
        return registrations
            .find(Filters.and(Filters.eq("eventId", eventId), ACTIVE,
                    Filters.or(Filters.exists(PLAN, false), Filters.lt(PLAN + ".sequence", sequence))))
            .map(d -> new Told(RegistrationDocuments.registration(d), DatePlan.of(d.get(PLAN, Document.class))))
            .into(new ArrayList<>());
    }

    /**
     * Records that the registrant now knows {@code now}, with the notice that tells them
     * in the same write; a new time earns a new reminder.
     * @return false when someone else told them meanwhile
     */
    boolean retell(Told told, DatePlan now, Notice notice) {
        Bson unchanged = told.plan() == null ? Filters.exists(PLAN, false)
                : Filters.eq(PLAN + ".sequence", told.plan().sequence());
        List<Bson> updates = new ArrayList<>(List.of(Updates.set(PLAN, now.document())));
        if (told.plan() != null && !Objects.equals(told.plan().start(), now.start())) {
            updates.add(Updates.unset(REMINDED));
        }
        if (notice != null) {
            updates.add(Updates.push(NOTICES, notice(notice)));
        }
        return registrations
            .updateOne(Filters.and(Filters.eq("_id", told.registration().id()), unchanged), Updates.combine(updates))
            .getMatchedCount() == 1;
    }

    /**
     * Confirmed registrations not yet reminded whose date starts in
     * {@code (from, until]}.
     */
    List<Told> toRemind(Instant from, Instant until) {
        return registrations
            .find(Filters.and(Filters.eq("status", RegistrationStatus.CONFIRMED.name()), Filters.ne(REMINDED, true),
                    Filters.gt(PLAN + ".start", Date.from(from)), Filters.lte(PLAN + ".start", Date.from(until))))
            .map(d -> new Told(RegistrationDocuments.registration(d), DatePlan.of(d.get(PLAN, Document.class))))
            .into(new ArrayList<>());
    }

    /**
     * Queues a reminder, or marks as reminded without one ({@code notice} null).
     * @return false when reminded before
     */
    boolean remind(String id, Notice notice) {
        List<Bson> updates = new ArrayList<>(List.of(Updates.set(REMINDED, true)));
        if (notice != null) {
            updates.add(Updates.push(NOTICES, notice(notice)));
        }
        return registrations
            .updateOne(Filters.and(Filters.eq("_id", id), Filters.ne(REMINDED, true)), Updates.combine(updates))
            .getMatchedCount() == 1;
    }

    /**
     * Queues staff's letter for the registration unless it was queued before: sending the
     * same letter again reaches only who it missed.
     * @return false when the registration had the letter already
     */
    boolean post(String id, String letterId, Notice notice) {
        return registrations
            .updateOne(Filters.and(Filters.eq("_id", id), Filters.ne(LETTERS, letterId)),
                    Updates.combine(Updates.addToSet(LETTERS, letterId), Updates.push(NOTICES, notice(notice))))
            .getMatchedCount() == 1;
    }

    long deleteOfEvent(String eventId) {
        return registrations.deleteMany(Filters.eq("eventId", eventId)).getDeletedCount();
    }

    private Optional<Registration> first(Bson filter) {
        return Optional.ofNullable(registrations.find(filter).first()).map(RegistrationDocuments::registration);
    }

    private List<Registration> all(Bson filter) {
        return registrations.find(filter)
            .sort(Sorts.ascending("created"))
            .map(RegistrationDocuments::registration)
            .into(new ArrayList<>());
    }

    private static Document notice(Notice n) {
        Document d = new Document("id", n.id()).append("kind", n.kind().name())
            .append("position", n.position())
            .append("created", Date.from(n.created()));
        if (n.token() != null) {
            d.append("token", n.token());
        }
        if (n.farewell() != null) {
            d.append("farewellTo", n.farewell().email()).append("farewellName", n.farewell().name());
        }
        if (n.was() != null) {
            d.append("was", n.was().document());
        }
        if (n.letter() != null) {
            d.append("subject", n.letter().subject()).append("text", n.letter().text());
        }
        return d;
    }

}
