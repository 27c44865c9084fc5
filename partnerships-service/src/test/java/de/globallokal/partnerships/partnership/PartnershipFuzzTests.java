package de.globallokal.partnerships.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.json.Json;
import de.globallokal.testkit.ApiHeaders;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.JsonMutations;
import de.globallokal.testkit.TestTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random mutations of a valid body: whatever arrives, the answer is 201 (and one more
 * stored partnership) or a 4xx problem (and nothing stored) — never a 5xx.
 */
@IntegrationTest
class PartnershipFuzzTests {

    private static final int ROUNDS = 300;

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoTemplate mongo;

    @Test
    void randomBodiesNeverBreakTheServiceAndNeverStoreHalfAThing() throws Exception {
        // fixed seed: replayable
        JsonMutations mutations = new JsonMutations(20261124L, List.of("TOWN_TWINNING"));
        ObjectNode valid = (ObjectNode) Json.strict().readTree(PartnershipApiTests.MONTBELIARD);
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            ObjectNode body = mutations.mutated(valid);
            long before = mongo.getCollection("partnerships").countDocuments();
            ResponseEntity<String> response = post(body.toString());
            long after = mongo.getCollection("partnerships").countDocuments();
            int status = response.getStatusCode().value();
            boolean consistent = (status == 201 && after == before + 1)
                    || (status >= 400 && status < 500 && after == before
                            && String.valueOf(response.getHeaders().getContentType()).contains("problem+json"));
            if (!consistent) {
                failures.add(status + " for " + body + " -> " + response.getBody());
            }
        }
        assertThat(failures).isEmpty();
    }

    private ResponseEntity<String> post(String body) {
        HttpHeaders headers = ApiHeaders.json(TestTokens.editor());
        return http.exchange("/api/partnerships", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

}
