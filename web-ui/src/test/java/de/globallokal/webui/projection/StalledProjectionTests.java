package de.globallokal.webui.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.MongoException;
import de.globallokal.core.actor.LocalActor;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.Topics;
import de.globallokal.core.samples.SampleEnvelope;
import de.globallokal.support.kafka.EventTopics;
import de.globallokal.support.projection.ProjectionHealth;
import de.globallokal.support.projection.TopicProjector;
import de.globallokal.support.projection.VersionedReadModel;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.KafkaTestCluster;
import de.globallokal.testkit.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.test.context.TestPropertySource;

/**
 * A database that fails for a while (a failover) stalls a projector instead of setting
 * valid records aside: the poll is retried until the write passes, the health says
 * STALLED meanwhile, and nothing reaches the dead-letter topic. The failures here last
 * longer than the old retry budget, which then sent the record to the DLT.
 */
@IntegrationTest
@Import(StalledProjectionTests.Flaky.class)
@TestPropertySource(properties = "globallokal.projector.max-back-off=500ms")
class StalledProjectionTests {

    static final String TOPIC = "globallokal.stall-test";

    @Autowired
    KafkaTestCluster broker;

    @Autowired
    FlakyReadModel actors;

    @Autowired
    ProjectionHealth health;

    @Test
    void aFailingDatabaseStallsTheProjectorAndNothingGoesToTheDeadLetters() {
        String id = UUID.randomUUID().toString();
        actors.failures.set(7);

        broker.send(TOPIC, id, SampleEnvelope.of("actor-upserted.v1").about(id, 1).json());

        await().atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> health.health().getStatus().equals(ProjectionHealth.STALLED));
        assertThat(health.health().getDetails()).containsKey(TOPIC);
        await().atMost(Duration.ofSeconds(30)).until(() -> actors.find(id).isPresent());
        assertThat(actors.failures.get()).isNegative();
        try (TopicReader deadLetters = new TopicReader(broker.bootstrapServers(), Topics.deadLetter(TOPIC))) {
            assertThat(deadLetters.records()).noneMatch(record -> id.equals(record.key()));
        }
    }

    @TestConfiguration
    static class Flaky {

        @Bean
        NewTopic stallTestTopic() {
            return EventTopics.changeTopic(TOPIC, 1);
        }

        @Bean
        FlakyReadModel flakyActors(MongoTemplate mongo) {
            return new FlakyReadModel(mongo);
        }

        @Bean
        StallTestProjector stallTestProjector(FlakyReadModel actors, ApplicationEventPublisher events) {
            return new StallTestProjector(actors, events);
        }

    }

    /** Actors whose writes fail while {@code failures} is positive. */
    static class FlakyReadModel extends VersionedReadModel<LocalActor> {

        final AtomicInteger failures = new AtomicInteger();

        FlakyReadModel(MongoTemplate mongo) {
            super(mongo.getDb(), "stall_test_actors", LocalActor.class, AggregateTypes.ACTOR, "data.name");
        }

        @Override
        public List<EventEnvelope> applyAll(List<EventEnvelope> envelopes) {
            if (failures.getAndDecrement() > 0) {
                throw new MongoException("not primary: a failover is under way");
            }
            return super.applyAll(envelopes);
        }

    }

    static class StallTestProjector extends TopicProjector {

        StallTestProjector(FlakyReadModel actors, ApplicationEventPublisher events) {
            super(TOPIC, List.of(actors), Set.of(), events);
        }

        @KafkaListener(id = "stall-test", topics = "#{__listener.topic()}", groupId = "stall-test",
                containerFactory = "envelopeBatchListenerFactory")
        void on(List<ConsumerRecord<String, EventEnvelope>> records) {
            project(records);
        }

    }

}
