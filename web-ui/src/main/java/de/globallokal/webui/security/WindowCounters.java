package de.globallokal.webui.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts in fixed time windows, kept in web-ui's database so every instance counts the
 * same: a second instance does not double anyone's allowance. One document per key and
 * window, raised atomically; MongoDB drops it once its window is over.
 */
@Component
public class WindowCounters {

    static final String COLLECTION = "limits";

    static final int MAX_KEY = 160;

    private final MongoCollection<Document> counters;

    private final Clock clock;

    public WindowCounters(MongoTemplate mongo, Clock clock) {
        this.counters = mongo.getCollection(COLLECTION);
        this.clock = clock;
        counters.createIndex(Indexes.ascending("expireAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    /**
     * A count in the window that holds now, when that window ends and when it was last
     * raised (null if never).
     */
    public record Count(long value, Instant windowEnds, Instant last) {

        /** How long until the window ends, from {@code now}. */
        public Duration left(Instant now) {
            return Duration.between(now, windowEnds).isNegative() ? Duration.ZERO : Duration.between(now, windowEnds);
        }
    }

    /** Counts one more for {@code key} in the current window of length {@code window}. */
    public Count add(String key, Duration window) {
        Instant ends = windowEnd(window);
        Document after = counters.findOneAndUpdate(Filters.eq("_id", id(key, ends)),
                Updates.combine(Updates.inc("count", 1L), Updates.set("last", Date.from(clock.instant())),
                        Updates.setOnInsert("expireAt", Date.from(ends))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return count(after, ends);
    }

    /** The count so far in the current window, without adding. */
    public Count peek(String key, Duration window) {
        Instant ends = windowEnd(window);
        return count(counters.find(Filters.eq("_id", id(key, ends))).first(), ends);
    }

    /** Forgets {@code key}'s count in the current window. */
    public void forget(String key, Duration window) {
        counters.deleteOne(Filters.eq("_id", id(key, windowEnd(window))));
    }

    public Instant now() {
        return clock.instant();
    }

    private static Count count(Document found, Instant ends) {
        if (found == null) {
            return new Count(0, ends, null);
        }
        Date last = found.getDate("last");
        return new Count(((Number) found.get("count")).longValue(), ends, last == null ? null : last.toInstant());
    }

    private Instant windowEnd(Duration window) {
        long length = window.toMillis();
        long now = clock.millis();
        return Instant.ofEpochMilli((now / length + 1) * length);
    }

    /**
     * Keys carry what strangers typed (a sign-in name, an address): a long one is stored
     * by its hash, so no request makes an oversized document id.
     */
    static String id(String key, Instant windowEnds) {
        String bounded = key.length() <= MAX_KEY ? key : key.substring(0, 64) + "#" + Sha256.hex(key);
        return bounded + "@" + windowEnds.toEpochMilli();
    }

}
