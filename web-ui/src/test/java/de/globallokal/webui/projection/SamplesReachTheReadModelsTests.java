package de.globallokal.webui.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.core.samples.SampleEnvelope;
import de.globallokal.core.samples.Samples;
import de.globallokal.support.projection.VersionedReadModel;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.KafkaTestCluster;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every sample of the contract, the future producer's variants included, reaches web-ui's
 * read model of its type through the real projector: the producer's tests hold their
 * envelopes to the same samples, so both sides read one contract.
 */
@IntegrationTest
class SamplesReachTheReadModelsTests {

    @Autowired
    KafkaTestCluster broker;

    @Autowired
    List<VersionedReadModel<?>> readModels;

    @ParameterizedTest(name = "{0}")
    @FieldSource("de.globallokal.core.samples.Samples#ALL")
    void theSampleIsProjected(String sample) {
        String id = UUID.randomUUID().toString();
        SampleEnvelope envelope = SampleEnvelope.of(sample).about(id, 2);
        VersionedReadModel<?> readModel = readModels.stream()
            .filter(model -> model.aggregateType().equals(envelope.aggregateType()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("web-ui keeps no read model of " + envelope.aggregateType()));
        envelope.before().ifPresent(first -> broker.send(first.topic(), id, first.json()));

        broker.send(envelope.topic(), id, envelope.json());

        Entry<?> entry = await().atMost(Duration.ofSeconds(30))
            .until(() -> readModel.find(id).orElse(null), found -> found != null && found.version() == 2);
        assertThat(entry.deleted()).isEqualTo(envelope.isDeletion());
        assertThat(entry.state() == null).as("a deletion keeps no state").isEqualTo(envelope.isDeletion());
    }

}
