package de.globallokal.events;

import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.json.Json;
import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.TestTokens;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Request bodies and calls the events-service tests share. */
public final class EventFixtures {

    public static final String CONSENT_VERSION = "2026-11";

    private static final Pattern LINK = Pattern.compile("/anmeldung/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

    private EventFixtures() {
    }

    /**
     * A published talk some weeks ahead, optionally with sign-up for {@code capacity}
     * people.
     */
    public static String talk(String title, Integer capacity) {
        LocalDateTime start = LocalDateTime.now().plusDays(20).truncatedTo(ChronoUnit.HOURS).withHour(19);
        String registration = capacity == null ? "" : ",\"registration\":{\"capacity\":" + capacity + "}";
        return """
                {"title":{"de":"%s","en":"%s (en)"},"summary":{"de":"Ein Abend über Partnerschaft"},
                 "start":"%s","end":"%s","category":"TALK","audiences":["EVERYONE"],"languages":["de"],
                 "venue":{"name":"Kulturzentrum","address":{"street":"Musterstraße 1","postalCode":"12345","city":"Musterstadt"}},
                 "sdgs":[4,17],"status":"PUBLISHED"%s}"""
            .formatted(title, title, start, start.plusHours(2), registration);
    }

    public static String signup(String name, String email) {
        return """
                {"name":"%s","email":"%s","language":"de","consent":true,"consentVersion":"%s"}""".formatted(name,
                email, CONSENT_VERSION);
    }

    public static String signupToken() {
        return TestTokens.token("web-ui", List.of("SIGNUP"), TestTokens.SERVICES, Instant.now().plusSeconds(600));
    }

    /** A sign-up through web-ui's public gateway: answered 202, the rest goes by mail. */
    public static ResponseEntity<JsonNode> publicSignUp(TestRestTemplate http, String eventId, String name,
            String email) {
        return call(http, HttpMethod.POST, "/api/events/" + eventId + "/registrations", signup(name, email),
                signupToken());
    }

    /** A sign-up staff took themselves: answered 201 with the registration. */
    public static ResponseEntity<JsonNode> staffSignUp(TestRestTemplate http, String eventId, String name,
            String email) {
        return call(http, HttpMethod.POST, "/api/events/" + eventId + "/registrations", signup(name, email),
                TestTokens.editor());
    }

    /**
     * The secret of the link in the newest message of {@code kind} to {@code email}, or
     * null while there is none.
     */
    public static String linkMailedTo(TestRestTemplate http, String eventId, String email, String kind) {
        JsonNode messages = call(http, HttpMethod.GET, "/api/messages?limit=500&event=" + eventId, null,
                TestTokens.editor())
            .getBody()
            .get("data");
        for (JsonNode message : messages) {
            if (email.equals(message.path("to").asString()) && kind.equals(message.path("kind").asString())) {
                Matcher link = LINK.matcher(message.get("body").asString());
                return link.find() ? link.group(1) : null;
            }
        }
        return null;
    }

    /** The messages of an event, newest first, as staff see them. */
    public static List<JsonNode> messages(TestRestTemplate http, String eventId) {
        List<JsonNode> all = new ArrayList<>();
        call(http, HttpMethod.GET, "/api/messages?limit=500&event=" + eventId, null, TestTokens.editor()).getBody()
            .get("data")
            .forEach(all::add);
        return all;
    }

    /** The seat counts of each date as events-service counts them now. */
    public static JsonNode seats(TestRestTemplate http, String eventId) {
        return call(http, HttpMethod.GET, "/api/events/" + eventId + "/seats", null, TestTokens.editor()).getBody()
            .get("dates");
    }

    public static ResponseEntity<JsonNode> call(TestRestTemplate http, HttpMethod method, String path, String body,
            String token) {
        return http.exchange(path, method, new HttpEntity<>(body, ApiHeaders.json(token)), JsonNode.class);
    }

    public static ResponseEntity<JsonNode> call(TestRestTemplate http, HttpMethod method, String path, String body,
            String token, String ifMatch) {
        return http.exchange(path, method, new HttpEntity<>(body, ApiHeaders.json(token, ifMatch)), JsonNode.class);
    }

    /** Creates an event as an editor and returns the stored body. */
    public static JsonNode create(TestRestTemplate http, String body) {
        ResponseEntity<JsonNode> response = call(http, HttpMethod.POST, "/api/events", body, TestTokens.editor());
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("create failed: " + response.getStatusCode() + " " + response.getBody());
        }
        return response.getBody();
    }

    /**
     * Publishes an upsert of another service's aggregate, as partnerships-service would.
     */
    public static void publishReference(String brokers, String topic, String type, String aggregateType, String id,
            Map<String, Object> data) throws Exception {
        KafkaTemplate<String, String> kafka = new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                        new StringSerializer(), new StringSerializer()));
        ObjectNode node = Json.strict().valueToTree(data);
        node.put("id", id);
        kafka
            .send(topic, id,
                    Json.strict()
                        .writeValueAsString(EventEnvelope.create("partnerships-service", type, aggregateType, id, 1,
                                "editor", List.of(), node, Instant.now())))
            .join();
        kafka.destroy();
    }

}
