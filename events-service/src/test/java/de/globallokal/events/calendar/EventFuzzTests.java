package de.globallokal.events.calendar;

import static de.globallokal.events.EventFixtures.call;
import static de.globallokal.events.EventFixtures.create;
import static de.globallokal.events.EventFixtures.signupToken;
import static de.globallokal.events.EventFixtures.talk;
import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.json.Json;
import de.globallokal.events.EventFixtures;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.JsonMutations;
import de.globallokal.testkit.TestTokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random mutations of a valid event and of a valid sign-up: the answer is a success with
 * exactly one more thing stored, or a 4xx problem with nothing stored — never a 5xx.
 */
@IntegrationTest
class EventFuzzTests {

    private static final int ROUNDS = 150;

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoTemplate mongo;

    @Test
    void randomEventBodiesNeverBreakTheServiceAndNeverStoreHalfAThing() throws Exception {
        JsonMutations mutations = new JsonMutations(20261125L,
                List.of("TALK", "PUBLISHED", "SCHOOLS", "FREQ=WEEKLY;COUNT=3", "2027-03-16T15:00", "Europe/Berlin"));
        ObjectNode valid = (ObjectNode) Json.strict().readTree(talk("Fuzz", 10));
        valid.putObject("recurrence").put("rule", "FREQ=WEEKLY;COUNT=3");
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            ObjectNode body = mutations.mutated(valid);
            long before = mongo.getCollection("events").countDocuments();
            ResponseEntity<?> response = call(http, HttpMethod.POST, "/api/events", body.toString(),
                    TestTokens.editor());
            long after = mongo.getCollection("events").countDocuments();
            if (!consistent(response, before, after)) {
                failures.add(response.getStatusCode() + " for " + body + " -> " + response.getBody());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void randomSignupsNeverBreakTheServiceAndNeverStoreHalfAThing() throws Exception {
        String id = create(http, talk("Fuzz-Anmeldung", 1000)).get("id").asString();
        JsonMutations mutations = new JsonMutations(20261126L, List.of("de", "fr", "2026-11", "a@example.org"));
        ObjectNode valid = (ObjectNode) Json.strict().readTree(EventFixtures.signup("Ada", "ada@example.org"));
        List<String> failures = new ArrayList<>();
        Set<String> accepted = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            ObjectNode body = mutations.mutated(valid);
            body.put("email", body.path("email").isString() && round % 2 == 0
                    // mostly no duplicates
                    ? body.get("email").asString() : "fuzz" + round + "@example.org");
            long before = registrations(id);
            ResponseEntity<?> response = call(http, HttpMethod.POST, "/api/events/" + id + "/registrations",
                    body.toString(), signupToken());
            long after = registrations(id);
            // a public sign-up is answered alike whether new or known; only a new one is
            // stored
            boolean known = response.getStatusCode().value() == 202
                    && !accepted.add(body.get("email").asString().trim().toLowerCase(Locale.ROOT));
            if (!consistent(response, before, known ? after + 1 : after)) {
                failures.add(response.getStatusCode() + " for " + body + " -> " + response.getBody());
            }
        }
        assertThat(failures).isEmpty();
    }

    private long registrations(String id) {
        return call(http, HttpMethod.GET, "/api/events/" + id + "/registrations", null, TestTokens.editor()).getBody()
            .get("data")
            .size();
    }

    private static boolean consistent(ResponseEntity<?> response, long before, long after) {
        int status = response.getStatusCode().value();
        return ((status == 201 || status == 202) && after == before + 1) || (status >= 400 && status < 500
                && after == before && String.valueOf(response.getHeaders().getContentType()).contains("problem+json"));
    }

}
