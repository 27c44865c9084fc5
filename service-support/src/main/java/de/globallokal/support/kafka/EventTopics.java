package de.globallokal.support.kafka;

import de.globallokal.core.event.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Builds the topic definitions of the event contract: compacted, keyed by aggregate id.
 */
public final class EventTopics {

    private EventTopics() {
    }

    /**
     * A change topic; compaction keeps the latest state per aggregate, so a replay
     * rebuilds a view.
     */
    public static NewTopic changeTopic(String name, int replicas) {
        return TopicBuilder.name(name)
            .partitions(Topics.PARTITIONS)
            .replicas(replicas)
            .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
            .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInSync(replicas))
            .build();
    }

    /**
     * A dead-letter topic; never compacted and never aged out, so every unreadable record
     * stays until an administrator has handled it.
     */
    public static NewTopic deadLetterTopic(String changeTopic, int replicas) {
        return TopicBuilder.name(Topics.deadLetter(changeTopic))
            .partitions(Topics.PARTITIONS)
            .replicas(replicas)
            .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
            .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInSync(replicas))
            .build();
    }

    /**
     * With three copies a write (acks=all) waits for two: one node may fail without a
     * write being lost or refused. One copy, one node: the local run.
     */
    static String minInSync(int replicas) {
        return String.valueOf(Math.max(1, Math.min(2, replicas - 1)));
    }

}
