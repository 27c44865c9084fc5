package de.globallokal.webui.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import de.globallokal.core.event.Topics;
import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.samples.SampleEnvelope;
import de.globallokal.support.projection.RebuildRefusedException;
import de.globallokal.support.projection.TopicRebuild;
import de.globallokal.support.projection.VersionedReadModel;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.KafkaTestCluster;
import de.globallokal.testkit.TopicReader;
import de.globallokal.webui.projection.ContactReadModel;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.projection.ProjectReadModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The consumer side of the pipeline against a real broker and the MongoDB wire protocol:
 * duplicates, reordering, poison records, a stopped consumer and a full rebuild into a
 * new generation.
 */
@IntegrationTest
class PartnershipsTopicProjectionTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    // the context's own broker: another test context's broker may have taken the system
    // property since
    @Autowired
    KafkaTestCluster broker;

    @Autowired
    PartnershipReadModel readModel;

    @Autowired
    ContactReadModel contacts;

    @Autowired
    ProjectReadModel projects;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    TestRestTemplate http;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    ReadModelRebuild rebuild;

    KafkaTemplate<String, String> kafka;

    /**
     * Keys this class put on the topic: view tests in the same context write read models
     * directly.
     */
    private static final Set<String> SENT = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void producer() {
        kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
                new StringSerializer()));
    }

    @Test
    void aPublishedChangeAppearsInTheOpenDataApi() {
        String id = newId();
        send(id, upserted(id, 1, "Montbéliard"));

        JsonNode item = await().atMost(PATIENCE).until(() -> findInApi(id), node -> node != null);

        assertThat(item.get("version").asLong()).isEqualTo(1);
        assertThat(item.at("/partner/name").asString()).isEqualTo("Montbéliard");
        assertThat(item.get("kind").asString()).isEqualTo("TOWN_TWINNING");
        assertThat(item.get("since").asInt()).isEqualTo(1950);
        assertThat(item.get("modified").asString()).isEqualTo("2026-01-01T00:00:01Z");
    }

    @Test
    void contactPointsOnTheSameTopicReachTheirOwnReadModel() {
        String id = newId();
        send(id, SampleEnvelope.of("contact-upserted.v1")
            .about(id, 1)
            .with("/data/office", "Internationale Kontakte")
            .json());

        await().atMost(PATIENCE).until(() -> contacts.find(id).isPresent());

        assertThat(contacts.find(id).orElseThrow().state().office()).isEqualTo("Internationale Kontakte");
        assertThat(readModel.find(id)).isEmpty();
    }

    @Test
    void projectsReachTheirReadModelWithFundingAndMeasures() {
        String id = newId();
        send(id, SampleEnvelope.of("project-upserted.v1").about(id, 1).json());

        await().atMost(PATIENCE).until(() -> projects.find(id).isPresent());

        var project = projects.find(id).orElseThrow().state();
        assertThat(project.funding().get(0).funder()).isEqualTo("BMZ");
        assertThat(project.measures().get(0).progress()).isEqualTo(60);
    }

    @Test
    void duplicatesAndOutOfOrderDeliveriesLeaveTheNewestState() {
        String id = newId();
        send(id, upserted(id, 1, "first"));
        send(id, upserted(id, 3, "third"));
        send(id, upserted(id, 3, "third"));
        send(id, upserted(id, 2, "second, but late"));
        String marker = newId();
        send(id, upserted(marker, 1, "marker"));
        send(marker, upserted(marker, 1, "marker"));

        await().atMost(PATIENCE).until(() -> readModel.find(marker).isPresent());
        await().atMost(PATIENCE).until(() -> readModel.find(id).map(e -> e.version() == 3).orElse(false));

        VersionedReadModel.Entry<Partnership> entry = readModel.find(id).orElseThrow();
        assertThat(entry.state().partner().name()).isEqualTo("third");
        assertThat(entry.state().description().de()).isEqualTo("Beschreibung 3");
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheRecordsBehindItAreProjected() {
        String id = newId();
        try (TopicReader deadLetters = new TopicReader(broker.bootstrapServers(),
                Topics.deadLetter(Topics.PARTNERSHIPS))) {
            send(id, "this is not an envelope {");
            send(id, "{\"specversion\":\"1.0\",\"type\":\"partnership.upserted.v1\",\"subject\":\"" + id
                    + "\",\"aggregateversion\":0}");
            send(id, upserted(id, 1, "wrong aggregate").replace("\"aggregatetype\":\"partnership\"",
                    "\"aggregatetype\":\"event\""));
            send(id, upserted(id, 1, "after the poison"));

            await().atMost(PATIENCE).until(() -> readModel.find(id).isPresent());
            assertThat(readModel.find(id).orElseThrow().state().partner().name()).isEqualTo("after the poison");
            await().atMost(PATIENCE)
                .until(() -> deadLetters.records().stream().filter(r -> id.equals(r.key())).count() == 3);
            assertThat(deadLetters.records()
                .stream()
                .filter(r -> id.equals(r.key()))
                .findFirst()
                .orElseThrow()
                .headers()
                .lastHeader("kafka_dlt-exception-message")).isNotNull();
        }
    }

    @Test
    void aDeletionLeavesATombstoneForSyncingClients() {
        String id = newId();
        send(id, upserted(id, 1, "soon gone"));
        send(id, SampleEnvelope.of("partnership-deleted.v1").about(id, 2).json());
        kafka.send(Topics.PARTNERSHIPS, id, null);

        await().atMost(PATIENCE).until(() -> readModel.find(id).map(VersionedReadModel.Entry::deleted).orElse(false));

        assertThat(findInApi(id)).isNull();
        JsonNode sync = http.getForObject("/api/public/v1/partnerships?size=200&modified_since=2000-01-01T00:00:00Z",
                JsonNode.class);
        JsonNode tombstone = find(sync.get("data"), id);
        assertThat(tombstone.get("deleted").asBoolean()).isTrue();
        assertThat(tombstone.has("partner")).isFalse();
    }

    @Test
    void aStoppedConsumerCatchesUpWhenItReturns() {
        var container = listeners.getListenerContainer(PartnershipsTopicProjector.LISTENER_ID);
        container.stop();
        String id = newId();
        try {
            send(id, upserted(id, 1, "while away"));
            send(id, upserted(id, 2, "still away"));
            assertThat(readModel.find(id)).isEmpty();
        }
        finally {
            container.start();
        }

        await().atMost(PATIENCE).until(() -> readModel.find(id).map(e -> e.version() == 2).orElse(false));
    }

    @Test
    void aRebuildGivesTheSameDocumentsAndForgetsWhatTheTopicNeverHad() {
        String id = newId();
        send(id, upserted(id, 1, "one"));
        send(id, upserted(id, 2, "two"));
        String gone = newId();
        send(gone, upserted(gone, 1, "gone"));
        send(gone, SampleEnvelope.of("partnership-deleted.v1").about(gone, 2).json());
        await().atMost(PATIENCE)
            .until(() -> readModel.find(gone).map(VersionedReadModel.Entry::deleted).orElse(false)
                    && readModel.find(id).map(e -> e.version() == 2).orElse(false));
        List<Document> before = allDocuments();
        // left by a projection bug: no record on the topic says so
        String stray = newId();
        SENT.add(stray);
        mongo.getCollection(readModel.collectionName())
            .insertOne(new Document("_id", stray).append("version", 9L)
                .append("deleted", true)
                .append("modified", new Date())
                .append("projected", new Date()));
        String generation = readModel.collectionName();

        rebuild.partnershipsTopic();

        TopicRebuild.Progress done = awaitRebuilt();
        assertThat(readModel.collectionName()).isNotEqualTo(generation);
        assertThat(allDocuments()).isEqualTo(before);
        assertThat(done.read()).isGreaterThanOrEqualTo(4);
        assertThat(mongo.collectionExists(generation)).as("the old generation is dropped").isFalse();
    }

    @Test
    void aRebuildWhileTheProjectorIsStoppedKeepsTheViewsCompleteAndASecondOneIsRefused() {
        String id = newId();
        send(id, upserted(id, 1, "kept"));
        await().atMost(PATIENCE).until(() -> readModel.find(id).isPresent());
        List<Document> before = allDocuments();
        var container = listeners.getListenerContainer(PartnershipsTopicProjector.LISTENER_ID);
        container.stop();
        try {
            rebuild.partnershipsTopic();
            assertThatThrownBy(() -> rebuild.partnershipsTopic()).isInstanceOf(RebuildRefusedException.class)
                .hasMessageContaining("nothing was changed");
            // while it reads, the current generation is there in full
            assertThat(allDocuments()).isEqualTo(before);
            awaitRebuilt();
            assertThat(allDocuments()).isEqualTo(before);
        }
        finally {
            container.start();
        }
    }

    private TopicRebuild.Progress awaitRebuilt() {
        return await().atMost(PATIENCE)
            .until(() -> rebuild.progress(Topics.PARTNERSHIPS).orElseThrow(),
                    progress -> progress.phase() == TopicRebuild.Phase.DONE);
    }

    @Test
    void theOpenDataApiRefusesBadParametersWithProblemDetails() {
        var response = http.getForEntity("/api/public/v1/partnerships?modified_since=yesterday", JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().at("/errors/0/field").asString()).isEqualTo("modified_since");
        assertThat(http.getForEntity("/api/public/v1/partnerships?size=100000", JsonNode.class).getStatusCode().value())
            .isEqualTo(400);
    }

    private List<Document> allDocuments() {
        List<Document> documents = mongo.getCollection(readModel.collectionName())
            .find(Filters.in("_id", SENT))
            .sort(new Document("_id", 1))
            .into(new ArrayList<>());
        // the time of projection differs by nature
        documents.forEach(d -> d.remove("projected"));
        return documents;
    }

    private JsonNode findInApi(String id) {
        return find(http.getForObject("/api/public/v1/partnerships?size=200", JsonNode.class).get("data"), id);
    }

    private static JsonNode find(JsonNode data, String id) {
        for (JsonNode item : data) {
            if (id.equals(item.get("id").asString())) {
                return item;
            }
        }
        return null;
    }

    /**
     * The contract's sample partnership, about another id and version, under another
     * name.
     */
    private static String upserted(String id, long version, String name) {
        return SampleEnvelope.of("partnership-upserted.v1")
            .about(id, version)
            .with("/data/slug", id)
            .with("/data/partner/name", name)
            .with("/data/description", Map.of("de", "Beschreibung " + version))
            .json();
    }

    private void send(String key, String value) {
        SENT.add(key);
        kafka.send(Topics.PARTNERSHIPS, key, value).join();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

}
