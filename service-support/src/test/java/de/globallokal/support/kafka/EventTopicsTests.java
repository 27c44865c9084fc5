package de.globallokal.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class EventTopicsTests {

    @Test
    void withThreeCopiesAWriteWaitsForTwoAndWithOneForOne() {
        assertThat(EventTopics.changeTopic("globallokal.partnerships", 3).configs())
            .containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2")
            .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        assertThat(EventTopics.changeTopic("globallokal.partnerships", 1).configs())
            .containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "1");
    }

    @Test
    void deadLettersStayUntilHandled() {
        assertThat(EventTopics.deadLetterTopic("globallokal.events", 3).configs())
            .containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1")
            .containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2")
            .doesNotContainKey(TopicConfig.CLEANUP_POLICY_CONFIG);
    }

}
