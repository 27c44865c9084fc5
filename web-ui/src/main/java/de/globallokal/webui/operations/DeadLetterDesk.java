package de.globallokal.webui.operations;

import de.globallokal.support.projection.TopicProjector;
import de.globallokal.support.projection.UnreadableRecordException;
import de.globallokal.webui.operations.KafkaOperations.DeadLetter;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Dead letters handled by an administrator: replayed (after the cause was fixed) or
 * discarded. A replay goes through the projector's version guard, never back into the
 * compacted topic, where the old bytes would outlive a newer state and come back with
 * every rebuild. A topic is append-only, so what was handled is noted here and no longer
 * offered; the note says who and when.
 */
@Component
public class DeadLetterDesk {

    static final String COLLECTION = "dead_letters_handled";

    private final KafkaOperations kafka;

    private final Map<String, TopicProjector> projectors = new HashMap<>();

    private final MongoTemplate mongo;

    private final Clock clock;

    DeadLetterDesk(KafkaOperations kafka, List<TopicProjector> projectors, MongoTemplate mongo, Clock clock) {
        this.clock = clock;
        this.kafka = kafka;
        projectors.forEach(projector -> this.projectors.put(projector.topic(), projector));
        this.mongo = mongo;
    }

    /** The dead letters of a change topic nobody has handled yet. */
    public List<DeadLetter> open(String topic) {
        Set<String> handled = new HashSet<>();
        mongo.getCollection(COLLECTION)
            .find()
            .projection(new Document("_id", 1))
            .forEach(done -> handled.add(done.getString("_id")));
        return kafka.deadLetters(topic).stream().filter(letter -> !handled.contains(letter.id())).toList();
    }

    /**
     * Applies the record to the read models as its projector would, if it is newer than
     * what they hold.
     * @return whether the read model took it
     * @throws UnreadableRecordException when it still cannot be read: it stays open
     */
    public boolean replay(DeadLetter letter, String by) {
        TopicProjector projector = projectors.get(letter.originalTopic());
        if (projector == null) {
            throw new UnreadableRecordException("no projector reads " + letter.originalTopic());
        }
        boolean applied = projector.replay(letter.value());
        note(letter, "replayed", by);
        return applied;
    }

    public void discard(DeadLetter letter, String by) {
        note(letter, "discarded", by);
    }

    private void note(DeadLetter letter, String action, String by) {
        mongo.getCollection(COLLECTION)
            .insertOne(new Document("_id", letter.id()).append("action", action)
                .append("by", by)
                .append("at", Date.from(clock.instant()))
                .append("error", letter.error())
                .append("key", letter.key())
                .append("preview", letter.preview()));
    }

}
