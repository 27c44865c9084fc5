package de.globallokal.events.replica;

import de.globallokal.support.projection.VersionedReadModel;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A replica of another service's aggregates that answers whether an id names something
 * that exists.
 */
public class Replica<T> extends VersionedReadModel<T> {

    Replica(MongoTemplate mongo, String collection, Class<T> type, String aggregateType, String sortField) {
        super(mongo.getDb(), collection, type, aggregateType, sortField);
    }

    public boolean exists(String id) {
        return findCurrent(id).isPresent();
    }

}
