package de.globallokal.webui.projection;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.procurement.Label;
import de.globallokal.support.projection.VersionedReadModel;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Labels and procurement criteria, by name. */
@Component
public class LabelReadModel extends VersionedReadModel<Label> {

    LabelReadModel(MongoTemplate mongo) {
        super(mongo.getDb(), "labels", Label.class, AggregateTypes.LABEL, "data.name");
    }

}
