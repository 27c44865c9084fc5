package de.globallokal.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.core.actor.ActorInput;
import de.globallokal.core.contact.ContactInput;
import de.globallokal.core.contract.ContractSchemas;
import de.globallokal.core.event.Topics;
import de.globallokal.core.json.Json;
import de.globallokal.core.partnership.PartnershipInput;
import de.globallokal.core.project.ProjectInput;
import de.globallokal.core.samples.Samples;
import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
import de.globallokal.testkit.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What this service publishes has the shape of the contract's samples, which every
 * consumer's tests read: each sample's state is sent as an editor would send it, then the
 * entry is deleted, and neither envelope carries a path its sample lacks, or a value of
 * another kind.
 */
@IntegrationTest
class EnvelopesKeepTheSampleShapeTests {

    @Autowired
    TestRestTemplate http;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "partnership, /api/partnerships", "project, /api/projects", "actor, /api/actors",
            "contact, /api/contacts" })
    void theUpsertedAndDeletedEnvelopesHaveTheirSamplesShape(String type, String path) {
        ObjectNode body = unique(Samples.input(type + "-upserted.v1", input(type)));
        if (type.equals("project")) {
            body.put("partnershipId",
                    create("/api/partnerships",
                            unique(Samples.input("partnership-upserted.v1", PartnershipInput.class)))
                        .path("id")
                        .asString());
        }
        String id = create(path, body).path("id").asString();
        ResponseEntity<Void> deleted = http.exchange(path + "/" + id, HttpMethod.DELETE,
                new HttpEntity<>(ApiHeaders.json(TestTokens.admin(), "\"1\"")), Void.class);
        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        List<JsonNode> published = published(id, 2);

        assertThat(published).allSatisfy(envelope -> assertThat(ContractSchemas.problems(envelope)).isEmpty());
        assertThat(Samples.shape(Samples.envelope(type + "-upserted.v1")))
            .containsAllEntriesOf(Samples.shape(published.get(0)));
        assertThat(Samples.shape(Samples.envelope(type + "-deleted.v1")))
            .containsAllEntriesOf(Samples.shape(published.get(1)));
    }

    /**
     * Other names than the samples', so the slugs and names other tests of this context
     * expect stay free.
     */
    private static ObjectNode unique(ObjectNode input) {
        String marker = " " + UUID.randomUUID().toString().substring(0, 8);
        if (input.has("partner")) {
            ((ObjectNode) input.get("partner")).put("name", input.at("/partner/name").asString() + marker);
        }
        if (input.has("title")) {
            ((ObjectNode) input.get("title")).put("de", input.at("/title/de").asString() + marker);
        }
        if (input.has("name")) {
            input.put("name", input.get("name").asString() + marker);
        }
        return input;
    }

    private static Class<? extends Record> input(String type) {
        return switch (type) {
            case "partnership" -> PartnershipInput.class;
            case "project" -> ProjectInput.class;
            case "actor" -> ActorInput.class;
            default -> ContactInput.class;
        };
    }

    private JsonNode create(String path, ObjectNode body) {
        ResponseEntity<JsonNode> created = http.exchange(path, HttpMethod.POST,
                new HttpEntity<>(body.toString(), ApiHeaders.json(TestTokens.editor())), JsonNode.class);
        assertThat(created.getStatusCode()).as(path + " " + created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody();
    }

    private List<JsonNode> published(String id, int count) {
        try (TopicReader reader = new TopicReader(brokers, Topics.PARTNERSHIPS)) {
            return await().atMost(Duration.ofSeconds(20))
                .until(() -> reader.records()
                    .stream()
                    .filter(record -> id.equals(record.key()) && record.value() != null)
                    .map(ConsumerRecord::value)
                    .map(value -> Json.strict().readTree(value))
                    .toList(), records -> records.size() >= count);
        }
    }

}
