package de.globallokal.events.replica;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.partnership.Partnership;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The partnerships as events-service knows them. */
@Component
public class PartnershipReplica extends Replica<Partnership> {

    PartnershipReplica(MongoTemplate mongo) {
        super(mongo, "partnership_replica", Partnership.class, AggregateTypes.PARTNERSHIP, "data.partner.name");
    }

}
