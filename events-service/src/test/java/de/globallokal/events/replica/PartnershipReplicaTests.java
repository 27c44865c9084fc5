package de.globallokal.events.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.event.Topics;
import de.globallokal.core.json.Json;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.KafkaTestCluster;
import de.globallokal.testkit.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.node.ObjectNode;

/** events-service keeps its own copy of the partnerships to check references against. */
@IntegrationTest
class PartnershipReplicaTests {

    @Autowired
    PartnershipReplica replica;

    // the context's own broker: another test context's broker may have taken the system property since
    @Autowired
    KafkaTestCluster broker;

    @Test
    void partnershipsArriveDeletionsCountAndContactsAreSkippedNotDeadLettered() throws Exception {
        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(), new StringSerializer()));
        String kept = UUID.randomUUID().toString();
        String gone = UUID.randomUUID().toString();
        String contact = UUID.randomUUID().toString();

        kafka.send(Topics.PARTNERSHIPS, contact, envelope(EventTypes.CONTACT_UPSERTED, AggregateTypes.CONTACT, contact, 1)).join();
        kafka.send(Topics.PARTNERSHIPS, kept, envelope(EventTypes.PARTNERSHIP_UPSERTED, AggregateTypes.PARTNERSHIP, kept, 1)).join();
        kafka.send(Topics.PARTNERSHIPS, gone, envelope(EventTypes.PARTNERSHIP_UPSERTED, AggregateTypes.PARTNERSHIP, gone, 1)).join();
        kafka.send(Topics.PARTNERSHIPS, gone, envelope(EventTypes.PARTNERSHIP_DELETED, AggregateTypes.PARTNERSHIP, gone, 2)).join();

        await().atMost(Duration.ofSeconds(30)).until(() -> replica.exists(kept) && replica.find(gone).isPresent()
                && !replica.exists(gone));
        assertThat(replica.find(kept).orElseThrow().state().partner().name()).isEqualTo("Replica " + kept);
        try (TopicReader deadLetters = new TopicReader(broker.bootstrapServers(), Topics.deadLetter(Topics.PARTNERSHIPS))) {
            assertThat(deadLetters.records()).noneMatch(r -> contact.equals(r.key()));
        }
    }

    private static String envelope(String type, String aggregateType, String id, long version) throws Exception {
        ObjectNode data = null;
        if (!EventTypes.isDeletion(type)) {
            data = Json.strict().createObjectNode();
            data.put("id", id).put("kind", "TOWN_TWINNING").put("status", "ACTIVE").put("office", "Büro");
            data.putObject("partner").put("name", "Replica " + id).put("country", "FR");
        }
        return Json.strict().writeValueAsString(EventEnvelope.create("partnerships-service", type, aggregateType, id,
                version, "editor", List.of(), data, Instant.now()));
    }
}
