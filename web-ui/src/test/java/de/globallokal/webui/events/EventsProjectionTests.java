package de.globallokal.webui.events;

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
import de.globallokal.webui.projection.CalendarEntries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events reach the calendar read model and the open-data API with the names they refer
 * to.
 */
@IntegrationTest
class EventsProjectionTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    KafkaTestCluster broker;

    @Autowired
    TestRestTemplate http;

    @Autowired
    CalendarEntries entries;

    KafkaTemplate<String, String> kafka;

    @AfterEach
    void closeProducer() {
        if (kafka != null) {
            kafka.destroy();
        }
    }

    @Test
    void aPublishedEventShowsItsOrganiserAndPartnerByName() throws Exception {
        String actor = UUID.randomUUID().toString();
        String partnership = UUID.randomUUID().toString();
        String event = UUID.randomUUID().toString();
        send(Topics.PARTNERSHIPS, actor, envelope(EventTypes.ACTOR_UPSERTED, AggregateTypes.ACTOR, actor, 1,
                Map.of("name", "Weltladen am Markt", "kind", "FAIR_TRADE_SHOP")));
        send(Topics.PARTNERSHIPS, partnership,
                envelope(EventTypes.PARTNERSHIP_UPSERTED, AggregateTypes.PARTNERSHIP, partnership, 1,
                        Map.of("slug", "kongoussi", "kind", "CLIMATE_PARTNERSHIP", "status", "ACTIVE", "partner",
                                Map.of("name", "Kongoussi", "country", "BF"))));
        send(Topics.EVENTS, event, eventEnvelope(event, 1, "PUBLISHED", actor, partnership));

        JsonNode item = await().atMost(PATIENCE)
            .until(() -> find(event),
                    found -> found != null && found.has("organiserName") && found.path("partnerships").size() == 1);

        assertThat(item.get("organiserName").asString()).isEqualTo("Weltladen am Markt");
        assertThat(item.at("/partnerships/0/name").asString()).isEqualTo("Kongoussi");
        assertThat(item.at("/partnerships/0/slug").asString()).isEqualTo("kongoussi");
        assertThat(item.at("/title/de").asString()).isEqualTo("Berichtsabend " + event);
        assertThat(item.at("/seats/0/capacity").asInt()).isEqualTo(20);
        assertThat(entries.find(event).orElseThrow().organiserName()).isEqualTo("Weltladen am Markt");
    }

    @Test
    void draftsStayHiddenAndAnEventBackToDraftIsATombstoneForSyncingClients() throws Exception {
        String event = UUID.randomUUID().toString();
        Instant before = Instant.now().minusSeconds(5);
        send(Topics.EVENTS, event, eventEnvelope(event, 1, "PUBLISHED", null, null));
        await().atMost(PATIENCE).until(() -> find(event) != null);

        send(Topics.EVENTS, event, eventEnvelope(event, 2, "DRAFT", null, null));
        // a late duplicate changes nothing
        send(Topics.EVENTS, event, eventEnvelope(event, 1, "PUBLISHED", null, null));

        await().atMost(PATIENCE).until(() -> find(event) == null);
        JsonNode sync = http.getForObject("/api/public/v1/events?size=200&modified_since=" + before, JsonNode.class);
        assertThat(sync.get("data").findValues("id").stream().map(JsonNode::asString)).contains(event);
        JsonNode tombstone = null;
        for (JsonNode item : sync.get("data")) {
            if (event.equals(item.get("id").asString())) {
                tombstone = item;
            }
        }
        assertThat(tombstone.get("deleted").asBoolean()).isTrue();
        assertThat(tombstone.has("title")).isFalse();
        assertThat(http.getForEntity("/api/public/v1/events/" + event, String.class).getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anUnreadableEventRecordGoesToTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        send(Topics.EVENTS, key, "{\"not\":\"an envelope\"}");

        try (TopicReader deadLetters = new TopicReader(broker.bootstrapServers(), Topics.deadLetter(Topics.EVENTS))) {
            await().atMost(PATIENCE).until(() -> deadLetters.records().stream().anyMatch(r -> key.equals(r.key())));
        }
    }

    private JsonNode find(String id) {
        JsonNode page = http.getForObject("/api/public/v1/events?size=200", JsonNode.class);
        for (JsonNode item : page.get("data")) {
            if (id.equals(item.get("id").asString())) {
                return item;
            }
        }
        return null;
    }

    private void send(String topic, String key, String value) {
        if (kafka == null) {
            kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
                    new StringSerializer()));
        }
        kafka.send(topic, key, value).join();
    }

    private static String envelope(String type, String aggregateType, String id, long version, Map<String, Object> data)
            throws Exception {
        ObjectNode node = Json.strict().valueToTree(data);
        node.put("id", id);
        return Json.strict()
            .writeValueAsString(EventEnvelope.create("partnerships-service", type, aggregateType, id, version, "editor",
                    List.of(), node, Instant.now()));
    }

    private static String eventEnvelope(String id, long version, String status, String organiser, String partnership)
            throws Exception {
        ObjectNode data = (ObjectNode) Json.strict()
            .readTree(
                    """
                            {"title":{"de":"Berichtsabend %s"},"start":"2027-05-04T19:00:00+02:00","end":"2027-05-04T21:00:00+02:00",
                             "zone":"Europe/Berlin","allDay":false,"category":"TALK","status":"%s",
                             "occurrences":[{"id":"%s","start":"2027-05-04T19:00:00+02:00","end":"2027-05-04T21:00:00+02:00","cancelled":false}],
                             "registration":{"capacity":20},
                             "seats":[{"occurrenceId":"%s","capacity":20,"confirmed":3,"offered":0,"waitlisted":0}]}"""
                        .formatted(id, status, id, id));
        data.put("id", id);
        if (organiser != null) {
            data.put("organiserId", organiser);
        }
        if (partnership != null) {
            data.putArray("partnershipIds").add(partnership);
        }
        return Json.strict()
            .writeValueAsString(EventEnvelope.create("events-service", EventTypes.EVENT_UPSERTED, AggregateTypes.EVENT,
                    id, version, "editor", List.of(), data, Instant.now()));
    }

}
