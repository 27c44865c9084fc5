package de.globallokal.partnerships.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.event.Topics;
import de.globallokal.core.json.Json;
import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
import de.globallokal.testkit.TopicReader;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ContactApiTests {

    static final String CONTACT = """
            {"role":{"de":"Städtepartnerschaften","en":"Town twinning"},"office":"Internationale Kontakte",
             "person":"Erika Beispiel",
             "address":{"street":"Marktplatz 1","postalCode":"12345","city":"Musterstadt","country":"DE"},
             "phone":"01234 567-0","fax":"01234 567-9","email":"partnerschaften@example.org"}""";

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoTemplate mongo;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void aCreatedContactPointIsStoredAndPublished() throws Exception {
        ResponseEntity<JsonNode> response = post(CONTACT);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = response.getBody().get("id").asString();
        assertThat(response.getBody().get("version").asLong()).isEqualTo(1);
        assertThat(response.getBody().get("email").asString()).isEqualTo("partnerschaften@example.org");
        try (TopicReader reader = new TopicReader(brokers, Topics.PARTNERSHIPS)) {
            String value = await().atMost(Duration.ofSeconds(20))
                .until(() -> reader.records().stream().filter(r -> id.equals(r.key())).findFirst(),
                        found -> found.isPresent())
                .orElseThrow()
                .value();
            EventEnvelope envelope = Json.tolerant().readValue(value, EventEnvelope.class);
            assertThat(envelope.type()).isEqualTo(EventTypes.CONTACT_UPSERTED);
            assertThat(envelope.aggregatetype()).isEqualTo("contact");
            assertThat(envelope.data().at("/address/city").asString()).isEqualTo("Musterstadt");
        }
    }

    @Test
    void contactsAreUpdatedListedDeletedAndKeepTheirHistory() {
        String id = post(CONTACT).getBody().get("id").asString();

        ResponseEntity<JsonNode> updated = exchange(HttpMethod.PUT, "/" + id,
                CONTACT.replace("Erika Beispiel", "Max Muster"), TestTokens.editor(), "\"1\"");
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getBody().get("person").asString()).isEqualTo("Max Muster");
        assertThat(exchange(HttpMethod.GET, "?size=200", null, TestTokens.editor(), null).getBody().get("data"))
            .extracting(c -> c.get("id").asString())
            .contains(id);
        assertThat(exchange(HttpMethod.DELETE, "/" + id, null, TestTokens.editor(), "\"2\"").getStatusCode())
            .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(HttpMethod.DELETE, "/" + id, null, TestTokens.admin(), "\"2\"").getStatusCode())
            .isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode history = exchange(HttpMethod.GET, "/" + id + "/history", null, TestTokens.editor(), null).getBody();
        assertThat(history.get("data")).extracting(h -> h.get("changedFields").toString())
            .containsExactly("[\"role\",\"office\",\"person\",\"address\",\"phone\",\"fax\",\"email\"]", "[\"person\"]",
                    "[]");
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, String body, String token,
            String ifMatch) {
        HttpHeaders headers = ApiHeaders.json(token, ifMatch);
        return http.exchange("/api/contacts" + path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            value = { "malformed email | partnerschaften@example.org | no-at-sign.example.org | email",
                    "letters as phone | 01234 567-0 | call me maybe | phone",
                    "missing office | Internationale Kontakte | '' | office", })
    void badContactsAreRefusedNamingTheField(String name, String good, String bad, String field) {
        long before = mongo.getCollection("contacts").countDocuments();

        ResponseEntity<JsonNode> response = post(CONTACT.replace(good, bad));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors")).extracting(e -> e.get("field").asString()).contains(field);
        assertThat(mongo.getCollection("contacts").countDocuments()).isEqualTo(before);
    }

    private ResponseEntity<JsonNode> post(String body) {
        HttpHeaders headers = ApiHeaders.json(TestTokens.editor());
        return http.exchange("/api/contacts", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

}
