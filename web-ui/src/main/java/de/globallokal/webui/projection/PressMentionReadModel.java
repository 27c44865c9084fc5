package de.globallokal.webui.projection;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.structures.PressMention;
import de.globallokal.support.projection.VersionedReadModel;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The press log, oldest first. */
@Component
public class PressMentionReadModel extends VersionedReadModel<PressMention> {

    PressMentionReadModel(MongoTemplate mongo) {
        super(mongo.getDb(), "press_mentions", PressMention.class, AggregateTypes.PRESS_MENTION, "data.date");
    }

}
