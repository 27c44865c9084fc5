package de.globallokal.support.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.bson.Document;
import org.springframework.beans.factory.DisposableBean;

/**
 * Starts rebuilds of read models from their topics and tells how far they are. One
 * rebuild of a topic runs at a time across all instances: a marker in the database says
 * who runs it, and one left behind by a crashed instance counts for {@link #ABANDONED}.
 */
public class ReadModelRebuilds implements DisposableBean {

    static final Duration ABANDONED = Duration.ofMinutes(30);

    private final Map<String, TopicProjector> projectors = new LinkedHashMap<>();

    private final Map<String, Object> consumerConfig;

    private final MongoCollection<Document> markers;

    private final Duration handover;

    private final Clock clock;

    private final Map<String, TopicRebuild> latest = new ConcurrentHashMap<>();

    /**
     * @param handover how long a rebuild keeps applying the topic to the new generation
     * after switching to it: longer than any instance goes without noticing the switch
     */
    public ReadModelRebuilds(List<TopicProjector> projectors, Map<String, Object> consumerConfig,
            MongoCollection<Document> markers, Duration handover, Clock clock) {
        projectors.forEach(projector -> this.projectors.put(projector.topic(), projector));
        this.consumerConfig = new LinkedHashMap<>(consumerConfig);
        this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG); // its own reader: no
                                                                    // group, no commits
        this.markers = markers;
        this.handover = handover;
        this.clock = clock;
    }

    /**
     * Starts rebuilding the read models of {@code topic} in the background.
     * @throws RebuildRefusedException while a rebuild of that topic runs, here or on
     * another instance
     * @throws IllegalArgumentException for a topic no projector here reads
     */
    public TopicRebuild.Progress start(String topic) {
        TopicProjector projector = projectors.get(topic);
        if (projector == null) {
            throw new IllegalArgumentException("no read model here is projected from " + topic);
        }
        claim(topic);
        TopicRebuild rebuild = new TopicRebuild(projector, consumerConfig, handover, clock);
        latest.put(topic, rebuild);
        Thread.ofPlatform().daemon().name("rebuild-" + topic).start(() -> {
            try {
                rebuild.run();
            }
            finally {
                release(topic);
            }
        });
        return rebuild.progress();
    }

    /** The last rebuild of {@code topic} started on this instance, if any. */
    public Optional<TopicRebuild.Progress> progress(String topic) {
        return Optional.ofNullable(latest.get(topic)).map(TopicRebuild::progress);
    }

    private void claim(String topic) {
        Instant now = clock.instant();
        Document marker = new Document("_id", marker(topic)).append("since", Date.from(now));
        markers.deleteOne(
                Filters.and(Filters.eq("_id", marker(topic)), Filters.lt("since", Date.from(now.minus(ABANDONED)))));
        try {
            markers.insertOne(marker);
        }
        catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document running = markers.find(Filters.eq("_id", marker(topic))).first();
            throw new RebuildRefusedException(topic, running == null ? now : running.getDate("since").toInstant());
        }
    }

    private void release(String topic) {
        try {
            markers.deleteOne(Filters.eq("_id", marker(topic)));
        }
        catch (RuntimeException e) {
            // the database is away or closed: the marker counts as abandoned in time
        }
    }

    private static String marker(String topic) {
        return "rebuild " + topic;
    }

    @Override
    public void destroy() {
        latest.values().forEach(TopicRebuild::stop);
    }

}
