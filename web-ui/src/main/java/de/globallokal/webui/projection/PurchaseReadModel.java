package de.globallokal.webui.projection;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.procurement.PurchaseRecord;
import de.globallokal.support.projection.VersionedReadModel;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Purchase records per department, year and product group. */
@Component
public class PurchaseReadModel extends VersionedReadModel<PurchaseRecord> {

    PurchaseReadModel(MongoTemplate mongo) {
        super(mongo.getDb(), "purchases", PurchaseRecord.class, AggregateTypes.PURCHASE, "data.year");
    }

}
