package de.globallokal.events.notification;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Stores each message before sending it, so a failing mail server loses nothing: it is
 * retried until it goes out. Log lines name the message id, never the recipient.
 */
@Component
public class MessageOutbox {

    static final int MAX_ATTEMPTS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(MessageOutbox.class);

    private final MongoCollection<Document> messages;

    private final MailPort mail;

    private final Clock clock;

    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "message-outbox");
        thread.setDaemon(true);
        return thread;
    });

    MessageOutbox(MongoTemplate mongo, MailPort mail, Clock clock) {
        this.clock = clock;
        this.messages = mongo.getCollection("messages");
        this.mail = mail;
        messages.createIndex(Indexes.ascending("status"));
    }

    /** Stores the messages and sends them in the background. */
    public void queue(List<OutgoingMessage> outgoing) {
        if (outgoing.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Document> documents = new ArrayList<>();
        for (OutgoingMessage m : outgoing) {
            documents.add(new Document("_id", UUID.randomUUID().toString()).append("eventId", m.eventId())
                .append("registrationId", m.registrationId())
                .append("kind", m.kind())
                .append("to", m.to())
                .append("subject", m.subject())
                .append("body", m.body())
                .append("status", "PENDING")
                .append("attempts", 0)
                .append("created", Date.from(now))
                .append("keepUntil", Date.from(m.keepUntil())));
        }
        messages.insertMany(documents);
        sender.execute(this::sendPending);
    }

    /** Retries what is still pending, e.g. after the mail server was away. */
    @Scheduled(fixedDelayString = "${globallokal.mail.retry-interval:30s}")
    public synchronized void sendPending() {
        for (Document message : messages
            .find(Filters.and(Filters.eq("status", "PENDING"), Filters.lt("attempts", MAX_ATTEMPTS)))
            .sort(Sorts.ascending("created"))
            .limit(100)) {
            String id = message.getString("_id");
            try {
                boolean left = mail.send(message.getString("to"), message.getString("subject"),
                        message.getString("body"));
                messages.updateOne(Filters.eq("_id", id),
                        Updates.combine(Updates.set("status", left ? "SENT" : "LOCAL"),
                                Updates.set("sent", Date.from(clock.instant())), Updates.inc("attempts", 1)));
            }
            catch (RuntimeException e) {
                LOG.warn("message {} not sent yet: {}", id, e.getClass().getSimpleName());
                messages.updateOne(Filters.eq("_id", id), Updates.combine(Updates.inc("attempts", 1),
                        Updates.set("lastError", e.getClass().getSimpleName())));
            }
        }
    }

    /** The newest messages, for staff (the local mailbox of the dashboard). */
    public List<Map<String, Object>> latest(String eventId, int limit) {
        var filter = eventId == null ? new Document() : Filters.eq("eventId", eventId);
        List<Map<String, Object>> result = new ArrayList<>();
        messages.find(filter).sort(Sorts.descending("created")).limit(limit).forEach(d -> {
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

    public long pendingCount() {
        return messages.countDocuments(Filters.eq("status", "PENDING"));
    }

}
