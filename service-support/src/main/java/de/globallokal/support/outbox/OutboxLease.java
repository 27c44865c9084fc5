package de.globallokal.support.outbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * The right to publish one collection's outbox, held by one instance of a service at a
 * time and kept in the service's own database (DD012). Whoever holds it publishes in
 * version order per key; the others leave their entries to it. A holder that stops
 * renewing loses it when its time runs out; one that stops cleanly hands it back at once.
 */
final class OutboxLease {

    static final String COLLECTION = "outbox_leases";

    private final MongoCollection<Document> leases;

    private final String name;

    private final String holder;

    private final Duration time;

    private final Clock clock;

    private volatile Instant heldUntil = Instant.MIN;

    private long nudgesSeen = -1;

    OutboxLease(MongoCollection<Document> leases, String name, String holder, Duration time, Clock clock) {
        if (time.isZero() || time.isNegative()) {
            throw new IllegalArgumentException("A lease needs a positive time, not " + time);
        }
        this.leases = leases;
        this.name = name;
        this.holder = holder;
        this.time = time;
        this.clock = clock;
    }

    /**
     * Whether this instance holds the lease for at least {@code needed} from now,
     * renewing or taking it when it is due: a publish that may take {@code needed} then
     * ends before anyone else may start one.
     */
    boolean holdsFor(Duration needed) {
        if (!needed.minus(time).isNegative()) {
            throw new IllegalArgumentException("A lease of " + time + " cannot cover a publish of " + needed);
        }
        Instant now = clock.instant();
        Duration margin = needed.compareTo(time.dividedBy(2)) > 0 ? needed : time.dividedBy(2);
        if (heldUntil.isAfter(now.plus(margin))) {
            return true;
        }
        Instant until = now.plus(time);
        boolean taken = leases
            .updateOne(
                    Filters.and(Filters.eq("_id", name),
                            Filters.or(Filters.eq("holder", holder), Filters.lt("until", Date.from(now)))),
                    Updates.combine(Updates.set("holder", holder), Updates.set("until", Date.from(until))))
            .getMatchedCount() == 1
                || insert(new Document("_id", name).append("holder", holder).append("until", Date.from(until)));
        heldUntil = taken ? until : Instant.MIN;
        return taken && until.isAfter(now.plus(needed));
    }

    private boolean insert(Document lease) {
        try {
            leases.insertOne(lease);
            return true;
        }
        catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // another instance holds it
            }
            throw e;
        }
    }

    /**
     * Tells the holder that this instance wrote entries it leaves to the holder, so the
     * holder looks for them at once instead of at its next safety sweep.
     */
    void nudge() {
        leases.updateOne(Filters.eq("_id", name), Updates.inc("nudges", 1L));
    }

    /** Whether another instance nudged since the holder last asked. */
    boolean nudged() {
        Document lease = leases.find(Filters.eq("_id", name)).first();
        long nudges = lease != null && lease.get("nudges") instanceof Number n ? n.longValue() : 0;
        boolean changed = nudges != nudgesSeen;
        nudgesSeen = nudges;
        return changed;
    }

    /** Hands the lease back so another instance takes over without waiting. */
    void release() {
        if (heldUntil.isAfter(Instant.MIN)) {
            heldUntil = Instant.MIN;
            leases.updateOne(Filters.and(Filters.eq("_id", name), Filters.eq("holder", holder)),
                    Updates.set("until", Date.from(Instant.EPOCH)));
        }
    }

    /** Who holds the lease now, or nobody's name when it has run out. */
    String holder() {
        Document lease = leases.find(Filters.eq("_id", name)).first();
        if (lease == null || !lease.getDate("until").toInstant().isAfter(clock.instant())) {
            return "";
        }
        return lease.getString("holder");
    }

    String me() {
        return holder;
    }

}
