package de.globallokal.events.notification;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Stores each message before sending it, so a failing mail server loses nothing: it is
 * retried with a growing pause (30 s, 1 min, 2 min … at most 6 h) until it goes out or
 * three days have passed, after which it is {@code FAILED} and shown to staff. A message
 * is claimed before it is sent, so two senders never send it twice. Log lines name the
 * message id, never the recipient. Each message is deleted when its date's retention ends
 * (a TTL index, and {@link #deleteExpired} where the server has none).
 */
@Component
public class MessageOutbox {

    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);

    static final Duration LONGEST_PAUSE = Duration.ofHours(6);

    /** How long a sender may take before another may try the same message. */
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private static final Logger LOG = LoggerFactory.getLogger(MessageOutbox.class);

    private final MongoCollection<Document> messages;

    private final MailPort mail;

    private final Clock clock;

    private final Duration giveUpAfter;

    MessageOutbox(MongoTemplate mongo, MailPort mail, Clock clock,
            @Value("${globallokal.mail.give-up-after:3d}") Duration giveUpAfter) {
        this.clock = clock;
        this.messages = mongo.getCollection("messages");
        this.mail = mail;
        this.giveUpAfter = giveUpAfter;
        messages.createIndex(Indexes.ascending("status", "nextAttempt"));
        messages.createIndex(Indexes.ascending("keepUntil"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    /**
     * Stores the message (once, however often it is handed in) and tries to send it now.
     */
    public void send(OutgoingMessage m) {
        Instant now = clock.instant();
        Document document = new Document("_id", m.id()).append("eventId", m.eventId())
            .append("registrationId", m.registrationId())
            .append("kind", m.kind())
            .append("to", m.to())
            .append("subject", m.subject())
            .append("body", m.body())
            .append("calendar", m.calendar())
            .append("status", "PENDING")
            .append("forget", m.forgetOnceSent())
            .append("attempts", 0)
            // stored as claimed by this sender: no second write to claim it
            .append("nextAttempt", Date.from(now.plus(CLAIM)))
            .append("created", Date.from(now))
            .append("keepUntil", Date.from(m.keepUntil()));
        try {
            messages.insertOne(document);
        }
        catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return; // stored before: the sweep sends it
        }
        deliver(document, now);
    }

    /** Retries what is due, e.g. after the mail server was away. */
    @Scheduled(fixedDelayString = "${globallokal.mail.retry-interval:30s}")
    public void sendDue() {
        Instant now = clock.instant();
        for (Document due : messages
            .find(Filters.and(Filters.eq("status", "PENDING"), Filters.lte("nextAttempt", Date.from(now))))
            .sort(Sorts.ascending("created"))
            .limit(200)
            .into(new ArrayList<>())) {
            attempt(due.getString("_id"), now);
        }
    }

    private void attempt(String id, Instant now) {
        Document claimed = messages.findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.eq("status", "PENDING"),
                        Filters.lte("nextAttempt", Date.from(now))),
                Updates.set("nextAttempt", Date.from(now.plus(CLAIM))));
        if (claimed == null) {
            return; // sent, failed for good, or another sender has it
        }
        deliver(claimed, now);
    }

    /** Sends a message this sender holds the claim on, and records how it went. */
    private void deliver(Document claimed, Instant now) {
        String id = claimed.getString("_id");
        int attempts = claimed.getInteger("attempts", 0) + 1;
        try {
            boolean left = mail.send(claimed.getString("to"), claimed.getString("subject"), claimed.getString("body"),
                    claimed.getString("calendar"));
            List<Bson> changes = new ArrayList<>(List.of(Updates.set("status", left ? "SENT" : "LOCAL"),
                    Updates.set("sent", Date.from(clock.instant())), Updates.set("attempts", attempts)));
            if (claimed.getBoolean("forget", false)) {
                changes.addAll(List.of(Updates.unset("to"), Updates.unset("body"), Updates.set("anonymised", true)));
            }
            messages.updateOne(Filters.eq("_id", id), Updates.combine(changes));
        }
        catch (RuntimeException e) {
            boolean giveUp = !claimed.getDate("created").toInstant().plus(giveUpAfter).isAfter(now);
            LOG.warn("message {} not sent ({} attempts{}): {}", id, attempts, giveUp ? ", given up" : "",
                    e.getClass().getSimpleName());
            List<Bson> changes = new ArrayList<>(
                    List.of(Updates.set("attempts", attempts), Updates.set("lastError", e.getClass().getSimpleName()),
                            Updates.set("nextAttempt", Date.from(now.plus(pauseAfter(attempts))))));
            if (giveUp) {
                changes.add(Updates.set("status", "FAILED"));
            }
            messages.updateOne(Filters.eq("_id", id), Updates.combine(changes));
        }
    }

    /** The pause after the n-th failed attempt: doubling from 30 s, at most 6 h. */
    static Duration pauseAfter(int attempts) {
        Duration pause = FIRST_PAUSE;
        for (int i = 1; i < attempts && pause.compareTo(LONGEST_PAUSE) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    /** The newest messages, for staff (the local mailbox of the dashboard). */
    public List<Map<String, Object>> latest(String eventId, String status, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (eventId != null) {
            filters.add(Filters.eq("eventId", eventId));
        }
        if (status != null) {
            filters.add(Filters.eq("status", status));
        }
        List<Map<String, Object>> result = new ArrayList<>();
        messages.find(filters.isEmpty() ? new Document() : Filters.and(filters))
            .sort(Sorts.descending("created"))
            .limit(limit)
            .forEach(d -> {
                d.put("id", d.remove("_id"));
                result.add(d);
            });
        return result;
    }

    /** Removes recipient and text of the messages of anonymised registrations. */
    public long anonymise(String eventId, List<String> registrationIds) {
        return messages
            .updateMany(Filters.and(Filters.eq("eventId", eventId), Filters.in("registrationId", registrationIds)),
                    Updates.combine(Updates.unset("to"), Updates.unset("body"), Updates.set("anonymised", true)))
            .getModifiedCount();
    }

    /** Deletes the messages whose retention ended (the TTL index does it on MongoDB). */
    public long deleteExpired(Instant now) {
        return messages.deleteMany(Filters.lt("keepUntil", Date.from(now))).getDeletedCount();
    }

    public long deleteOfEvent(String eventId) {
        return messages.deleteMany(Filters.eq("eventId", eventId)).getDeletedCount();
    }

    public long count(String status) {
        return messages.countDocuments(Filters.eq("status", status));
    }

}
