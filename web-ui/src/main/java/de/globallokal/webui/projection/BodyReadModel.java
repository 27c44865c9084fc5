package de.globallokal.webui.projection;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.structures.Body;
import de.globallokal.support.projection.VersionedReadModel;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Bodies such as steering groups and advisory councils. */
@Component
public class BodyReadModel extends VersionedReadModel<Body> {

    BodyReadModel(MongoTemplate mongo) {
        super(mongo.getDb(), "bodies", Body.class, AggregateTypes.BODY, "data.kind");
    }

}
