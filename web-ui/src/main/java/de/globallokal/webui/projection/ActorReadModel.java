package de.globallokal.webui.projection;

import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.support.projection.VersionedReadModel;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The network of local actors as web-ui knows it, sorted by name. */
@Component
public class ActorReadModel extends VersionedReadModel<LocalActor> {

    ActorReadModel(MongoTemplate mongo) {
        super(mongo.getDb(), "actors", LocalActor.class, AggregateTypes.ACTOR, "data.name");
    }

    /** An actor by its page address: its slug, or its id when it has none. */
    public Optional<Entry<LocalActor>> findByPath(String path) {
        return findCurrentBy("slug", path).or(() -> findCurrent(path).filter(e -> e.state().slug() == null));
    }

}
