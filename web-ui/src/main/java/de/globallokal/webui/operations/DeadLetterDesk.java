package de.globallokal.webui.operations;

import de.globallokal.webui.operations.KafkaOperations.DeadLetter;
import java.time.Clock;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Dead letters handled by an administrator: replayed into the topic they came from (after
 * the cause was fixed) or discarded. A topic is append-only, so what was handled is noted
 * here and no longer offered; the note says who and when.
 */
@Component
public class DeadLetterDesk {

    static final String COLLECTION = "dead_letters_handled";

    private final KafkaOperations kafka;

    private final KafkaTemplate<String, Object> template;

    private final MongoTemplate mongo;

    private final Clock clock;

    DeadLetterDesk(KafkaOperations kafka, KafkaTemplate<String, Object> deadLetterTemplate, MongoTemplate mongo,
            Clock clock) {
        this.clock = clock;
        this.kafka = kafka;
        this.template = deadLetterTemplate;
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
     * Sends the record back to its topic, same key and bytes; the projector takes it as
     * any other.
     */
    public void replay(DeadLetter letter, String by) throws Exception {
        // the original bytes go back untouched: the byte[] serializer of this template
        // passes them through
        template.send(new ProducerRecord<>(letter.originalTopic(), letter.key(), (Object) letter.value()))
            .get(10, TimeUnit.SECONDS);
        note(letter, "replayed", by);
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
