package de.globallokal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.core.calendar.EventInput;
import de.globallokal.core.contract.ContractSchemas;
import de.globallokal.core.event.Topics;
import de.globallokal.core.json.Json;
import de.globallokal.core.samples.Samples;
import de.globallokal.support.projection.VersionedReadModel;
import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.KafkaTestCluster;
import de.globallokal.testkit.TestTokens;
import de.globallokal.testkit.TopicReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What this service publishes has the shape of the contract's samples: the sample event's
 * state is sent as an editor would send it (its organiser and partnership are the samples
 * of those, replicated first), then deleted; neither envelope carries a path its sample
 * lacks.
 */
@IntegrationTest
class EnvelopesKeepTheSampleShapeTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    KafkaTestCluster broker;

    @Autowired
    List<VersionedReadModel<?>> replicas;

    @Test
    void theUpsertedAndDeletedEventHaveTheirSamplesShape() {
        replicate("partnership-upserted.v1", "actor-upserted.v1");
        ObjectNode input = Samples.input("event-upserted.v1", EventInput.class);
        // the state says each date with its offset; an editor types the local time of the
        // event's zone
        List.of("start", "end")
            .forEach(field -> input.put(field,
                    OffsetDateTime.parse(input.get(field).asString()).toLocalDateTime().toString()));
        ResponseEntity<JsonNode> created = http.exchange("/api/events", HttpMethod.POST,
                new HttpEntity<>(input.toString(), ApiHeaders.json(TestTokens.editor())), JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().path("id").asString();
        ResponseEntity<Void> deleted = http.exchange("/api/events/" + id, HttpMethod.DELETE,
                new HttpEntity<>(ApiHeaders.json(TestTokens.admin(), "\"1\"")), Void.class);
        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        List<JsonNode> published;
        try (TopicReader reader = new TopicReader(broker.bootstrapServers(), Topics.EVENTS)) {
            published = await().atMost(Duration.ofSeconds(20))
                .until(() -> reader.records()
                    .stream()
                    .filter(record -> id.equals(record.key()) && record.value() != null)
                    .map(ConsumerRecord::value)
                    .map(value -> Json.strict().readTree(value))
                    .toList(), records -> records.size() >= 2);
        }

        assertThat(published).allSatisfy(envelope -> assertThat(ContractSchemas.problems(envelope)).isEmpty());
        assertThat(Samples.shape(Samples.envelope("event-upserted.v1")))
            .containsAllEntriesOf(Samples.shape(published.get(0)));
        assertThat(Samples.shape(Samples.envelope("event-deleted.v1")))
            .containsAllEntriesOf(Samples.shape(published.get(1)));
    }

    private void replicate(String... samples) {
        for (String sample : samples) {
            JsonNode envelope = Samples.envelope(sample);
            String id = envelope.get("subject").asString();
            broker.send(Topics.PARTNERSHIPS, id, envelope.toString());
            await().atMost(Duration.ofSeconds(30))
                .until(() -> replicas.stream()
                    .filter(replica -> replica.aggregateType().equals(envelope.get("aggregatetype").asString()))
                    .anyMatch(replica -> replica.find(id).isPresent()));
        }
    }

}
