package de.globallokal.support.web;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.globallokal.support.outbox.AggregateCollection;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * Aggregates that are found by a key of their own besides the id (a product group's key,
 * a purchase record's department, year and group): the key is unique among the live
 * aggregates, and a second aggregate with a key in use is refused with 409. A deleted
 * aggregate gives its key up, so the sparse index no longer sees it.
 */
public final class KeyedAggregates {

    public static final String KEY = "key";

    private KeyedAggregates() {
    }

    public static void uniqueKey(AggregateCollection<?> aggregates) {
        aggregates.mongo().createIndex(Indexes.ascending(KEY), new IndexOptions().unique(true).sparse(true));
    }

    public static void releaseKey(AggregateCollection<?> aggregates, String id) {
        aggregates.mongo().updateOne(new Document("_id", id), new Document("$unset", new Document(KEY, "")));
    }

    public static Document lookup(String key) {
        return new Document(KEY, key);
    }

    /** The id of the live aggregate with that key, if any. */
    public static Optional<String> idOf(AggregateCollection<?> aggregates, String key) {
        return Optional.ofNullable(
                aggregates.mongo().find(new Document(KEY, key).append("deleted", new Document("$ne", true))).first())
            .map(document -> document.getString("_id"));
    }

    /** A key others name things by does not change (409). */
    public static void keyStays(String what, String current, String requested, String namedBy) {
        if (!current.equals(requested)) {
            throw new ConflictException(
                    "the key of " + what + " stays " + current + "; " + namedBy + " name it by that key");
        }
    }

    /** An aggregate still named by others cannot go (409). */
    public static void refuseWhileNamed(String what, long namedBy, String by) {
        if (namedBy > 0) {
            throw new ConflictException(what + " is named by " + namedBy + " " + by + "; change or delete them first");
        }
    }

    public static <R> R refusingDuplicates(String what, Supplier<R> write) {
        try {
            return write.get();
        }
        catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new ConflictException(what + " exists already; change that one instead");
            }
            throw e;
        }
    }

}
