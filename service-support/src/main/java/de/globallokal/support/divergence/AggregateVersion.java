package de.globallokal.support.divergence;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** Where one aggregate stands: the version last written, and whether it is deleted. */
public record AggregateVersion(String id, long version, boolean deleted) {

    /**
     * Every document of a collection that keeps aggregates by id with {@code version} and
     * {@code deleted} (an owner's aggregates, a read model with its tombstones).
     */
    public static List<AggregateVersion> of(MongoCollection<Document> collection) {
        return collection.find()
            .projection(new Document("version", 1).append("deleted", 1))
            .map(d -> new AggregateVersion(d.get("_id").toString(), d.get("version", Number.class).longValue(),
                    d.getBoolean("deleted", false)))
            .into(new ArrayList<>());
    }

}
