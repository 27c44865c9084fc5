package de.globallokal.events.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.Topics;
import de.globallokal.core.samples.SampleEnvelope;
import de.globallokal.core.samples.Samples;
import de.globallokal.support.projection.VersionedReadModel;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.KafkaTestCluster;
import de.globallokal.testkit.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every sample of the partnerships topic, the future producer's variants included,
 * reaches its replica (partnerships, actors, projects) or is skipped on purpose
 * (contacts), never dead-lettered.
 */
@IntegrationTest
class PartnershipReplicaTests {

    @Autowired
    List<VersionedReadModel<?>> replicas;

    // the context's own broker: another test context's broker may have taken the system
    // property since
    @Autowired
    KafkaTestCluster broker;

    static List<String> samples() {
        return Samples.on(Topics.PARTNERSHIPS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theSampleReachesItsReplicaOrIsSkippedOnPurpose(String sample) {
        String id = UUID.randomUUID().toString();
        SampleEnvelope envelope = SampleEnvelope.of(sample).about(id, 2);
        String type = envelope.aggregateType();
        envelope.before().ifPresent(first -> broker.send(first.topic(), id, first.json()));

        broker.send(Topics.PARTNERSHIPS, id, envelope.json());

        if (PartnershipsReplicaProjector.SKIPPED.contains(type)) {
            // a partnership after it under the same key lands in the same partition: once
            // it is replicated, the contact was passed
            broker.send(Topics.PARTNERSHIPS, id, SampleEnvelope.of("partnership-upserted.v1").about(id, 3).json());
            await().atMost(Duration.ofSeconds(30))
                .until(() -> replica(AggregateTypes.PARTNERSHIP).find(id).isPresent());
            assertThat(replicas).noneMatch(replica -> replica.aggregateType().equals(type));
            try (TopicReader deadLetters = new TopicReader(broker.bootstrapServers(),
                    Topics.deadLetter(Topics.PARTNERSHIPS))) {
                assertThat(deadLetters.records()).noneMatch(record -> id.equals(record.key()));
            }
            return;
        }
        var entry = await().atMost(Duration.ofSeconds(30))
            .until(() -> replica(type).find(id).orElse(null), found -> found != null && found.version() == 2);
        assertThat(entry.deleted()).isEqualTo(envelope.isDeletion());
    }

    private VersionedReadModel<?> replica(String type) {
        return replicas.stream()
            .filter(model -> model.aggregateType().equals(type))
            .findFirst()
            .orElseThrow(() -> new AssertionError("events-service keeps no replica of " + type));
    }

}
