package de.globallokal.webui.base;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.webui.projection.ActorReadModel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every open-data list is open, paged alike and refuses bad paging with a problem. */
@IntegrationTest
class OpenDataTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ActorReadModel actors;

    @Test
    void listsFilterByWhatTheyAllow() throws Exception {
        String theme = "Thema-" + UUID.randomUUID().toString().substring(0, 6);
        for (int sdg : new int[] { 4, 13 }) {
            String id = UUID.randomUUID().toString();
            ObjectNode data = Json.strict().createObjectNode();
            data.put("id", id).put("name", "Gruppe " + sdg).put("kind", "SCHOOL").putArray("sdgs").add(sdg);
            data.putArray("themes").add(theme);
            actors.apply(EventEnvelope.create("partnerships-service", EventTypes.ACTOR_UPSERTED, AggregateTypes.ACTOR,
                    id, 1, "editor", List.of(), data, Instant.now()));
        }

        JsonNode both = http.getForObject("/api/public/v1/actors?theme=" + theme, JsonNode.class);
        JsonNode one = http.getForObject("/api/public/v1/actors?theme=" + theme + "&sdg=13", JsonNode.class);

        assertThat(both.at("/pagination/total").asInt()).isEqualTo(2);
        assertThat(one.at("/pagination/total").asInt()).isEqualTo(1);
        assertThat(one.at("/data/0/name").asString()).isEqualTo("Gruppe 13");
        assertThat(http.getForEntity("/api/public/v1/actors?sdg=99", JsonNode.class).getStatusCode())
            .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aPageWhoseStartOverflowsAnIntIsEmpty() {
        String id = UUID.randomUUID().toString();
        ObjectNode data = Json.strict().createObjectNode().put("id", id).put("name", "Gruppe").put("kind", "SCHOOL");
        actors.apply(EventEnvelope.create("partnerships-service", EventTypes.ACTOR_UPSERTED, AggregateTypes.ACTOR, id,
                1, "editor", List.of(), data, Instant.now()));

        // 10737419 × 200 wraps round to a negative int, which skipped nothing
        JsonNode page = http.getForObject("/api/public/v1/actors?page=10737419&size=200", JsonNode.class);

        assertThat(page.get("data")).isEmpty();
        assertThat(page.at("/pagination/total").asLong()).isPositive();
        assertThat(page.at("/links/next").isMissingNode()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "partnerships", "projects", "actors", "events" })
    void everyListIsPagedAndRefusesNonsense(String list) {
        ResponseEntity<JsonNode> page = http.getForEntity("/api/public/v1/" + list + "?size=5", JsonNode.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody().at("/pagination/size").asInt()).isEqualTo(5);
        assertThat(page.getBody().at("/links/self").asString()).contains("/api/public/v1/" + list);

        ResponseEntity<JsonNode> bad = http.getForEntity("/api/public/v1/" + list + "?size=5000&modified_since=gestern",
                JsonNode.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().get("errors").findValuesAsString("field")).containsAnyOf("size", "modified_since");
    }

}
