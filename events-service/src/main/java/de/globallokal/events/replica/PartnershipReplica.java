package de.globallokal.events.replica;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.support.projection.VersionedReadModel;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The partnerships as events-service knows them. */
@Component
public class PartnershipReplica extends VersionedReadModel<Partnership> {

    PartnershipReplica(MongoTemplate mongo) {
        super(mongo.getCollection("partnership_replica"), Partnership.class, AggregateTypes.PARTNERSHIP,
                "data.partner.name");
    }

    /** True when the partnership exists and is not deleted. */
    public boolean exists(String id) {
        return find(id).map(entry -> !entry.deleted()).orElse(false);
    }
}
